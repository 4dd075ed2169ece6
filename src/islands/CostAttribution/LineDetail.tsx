/** Every line behind one topic (or policy line): pool, driver, share and the formula for its cents. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatRatio } from '../../lib/kafka/attribution/exactNumbers';
import { describeMethod, lineDriverValue } from '../../lib/kafka/attribution/exportResult';
import type { LineItem } from '../../lib/kafka/attribution/model';
import { POOL_LABELS } from '../../lib/kafka/attribution/pools';
import { formatBytes, formatMoney } from './formatMoney';

export interface LineDetailProps {
  topic: string;
  /** The allocation the lines belong to: a new one fetches them again. */
  allocation: object;
  loadLines: (object: string) => Promise<LineItem[]>;
}

export function LineDetail({ topic, allocation, loadLines }: LineDetailProps) {
  const [lines, setLines] = useState<LineItem[] | undefined>();
  // The loader is a new function on every parent render; only the topic and the allocation matter.
  const loader = useRef(loadLines);
  loader.current = loadLines;
  useEffect(() => {
    let current = true;
    void loader.current(topic).then((loaded) => {
      if (current) setLines(loaded);
    });
    return () => {
      current = false;
    };
  }, [topic, allocation]);
  if (!lines) return <p class="mt-2 text-sm text-muted">Loading the lines of {topic}…</p>;
  return (
    <div class="mt-2 overflow-x-auto rounded border border-border bg-surface p-2">
      <table class="min-w-full text-left text-xs">
        <caption class="py-1 text-left text-sm font-semibold">Where each cent of {topic} comes from</caption>
        <thead>
          <tr class="border-b border-border">
            <th scope="col" class="py-1 pr-3">Pool</th>
            <th scope="col" class="py-1 pr-3">Driver</th>
            <th scope="col" class="py-1 pr-3 text-right">Value</th>
            <th scope="col" class="py-1 pr-3 text-right">Share</th>
            <th scope="col" class="py-1 pr-3">Formula</th>
            <th scope="col" class="py-1 pr-3 text-right">Amount</th>
            <th scope="col" class="py-1 pr-3">Method</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const value = lineDriverValue(line);
            const exactText = formatRatio(line.splitCents * line.weight, line.totalWeight * 100n, 4);
            const exact = exactText.startsWith('-') ? `-$${exactText.slice(1)}` : `$${exactText}`;
            const adj = line.roundingAdjCents !== 0 ? ` (${line.roundingAdjCents > 0 ? '+' : '−'}1¢ largest remainder)` : '';
            return (
              <tr key={index} class="border-b border-border align-top">
                <td class="py-1 pr-3">{POOL_LABELS[line.pool]}</td>
                <td class="py-1 pr-3">{line.driver}</td>
                <td class="py-1 pr-3 text-right tabular-nums" title={value}>
                  {/bytes/.test(line.driver) ? formatBytes(value) : value}
                </td>
                <td class="py-1 pr-3 text-right tabular-nums">{formatRatio(line.weight * 100n, line.totalWeight, 2)}%</td>
                <td class="py-1 pr-3">
                  {formatMoney(line.splitCents)} × {line.weight.toString()} / {line.totalWeight.toString()} = {exact}
                  {adj}
                  <span class="block text-muted">{line.note}</span>
                </td>
                <td class="py-1 pr-3 text-right font-semibold tabular-nums">{formatMoney(line.amountCents)}</td>
                <td class="py-1 pr-3">{describeMethod(line)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
