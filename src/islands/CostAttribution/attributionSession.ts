/**
 * The calculator's heavy work, kept together so it can run in the Web Worker: it parses pastes,
 * keeps each input's parsed rows, allocates, and answers for lines and exports on demand. The page
 * only ever receives the summary and the lines it shows, so 50,000 topics never block it.
 * Every user regex runs here, never on the page: before each regex rule the session reports its
 * line, so the page can stop a runaway pattern after a budget and name it (attributionClient).
 */
import { allocateCosts } from '../../lib/kafka/attribution/allocateCosts';
import { attributionJsonText, lineItemsToCsv } from '../../lib/kafka/attribution/exportResult';
import { toPlainLine, type AttributionResult, type BillPool, type LineItem, type PoolResult, type TeamResult, type TopicResult, type TopicUsage } from '../../lib/kafka/attribution/model';
import { reconcileWithBill, sumBillCents, type Reconciliation } from '../../lib/kafka/attribution/reconciliation';
import { toPolicies, type PolicyState, type SourceKind } from '../../lib/kafka/attribution/scenarioFile';
import { parseMappingRules, precomputeRegexRules, type NameToMap } from '../../lib/kafka/attribution/teamMapping';
import { mergeUsage } from '../../lib/kafka/parsers/mergeUsage';
import { ParseError } from '../../lib/kafka/parsers/parseError';
import { parseBillInput, parseUsageInput } from '../../lib/kafka/parsers/parseInput';
import { formatMoney } from './formatMoney';

export type SessionRequest =
  | { readonly id: number; readonly type: 'parse'; readonly slot: string; readonly kind: SourceKind; readonly text: string }
  | { readonly id: number; readonly type: 'forget'; readonly slot: string }
  | {
      readonly id: number;
      readonly type: 'allocate';
      readonly billSlot: string;
      readonly usageSlots: readonly { slot: string; label: string }[];
      readonly rules: string;
      readonly policies: PolicyState;
    }
  | { readonly id: number; readonly type: 'lines'; readonly object: string }
  | { readonly id: number; readonly type: 'export'; readonly format: 'csv' | 'json'; readonly extraWarnings: readonly string[] };

/** What the page shows: everything but the line items, which it asks for per topic. */
export interface AttributionView {
  readonly totalCents: bigint;
  readonly pools: PoolResult[];
  readonly topics: TopicResult[];
  readonly teams: TeamResult[];
  readonly warnings: string[];
  /** The lines against the bill as it was read. */
  readonly reconciliation: Reconciliation;
  /** Total per topic and per policy line (idle, shared overhead, no usage data). */
  readonly objectTotals: Map<string, bigint>;
  /** Every policy the allocation followed, as the model states it (billing semantics and tie-break included). */
  readonly policies: AttributionResult['policies'];
}

/**
 * Reports sent while a request runs: how far a parse has got, and which regex rule line is being
 * run (no line: the regex rules are done).
 */
export type SessionProgress = { readonly type: 'progress'; readonly fraction: number } | { readonly type: 'rule'; readonly line: number | undefined };

export type SessionResponse =
  | ({ readonly id: number } & SessionProgress)
  | { readonly id: number; readonly type: 'parsed'; readonly formatName: string; readonly summary: string; readonly warnings: string[] }
  | { readonly id: number; readonly type: 'allocated'; readonly view: AttributionView }
  | { readonly id: number; readonly type: 'lines'; readonly lines: LineItem[] }
  | { readonly id: number; readonly type: 'export'; readonly text: string }
  | { readonly id: number; readonly type: 'done' }
  /** ruleLine: the regex rule line that ran over its time budget (set by the client, see attributionClient). */
  | { readonly id: number; readonly type: 'error'; readonly message: string; readonly ruleLine?: number };

export class AttributionSession {
  private readonly usage = new Map<string, TopicUsage[]>();
  private readonly bills = new Map<string, BillPool[]>();
  private last: AttributionResult | undefined;

  handle(request: SessionRequest, report: (progress: SessionProgress) => void): SessionResponse {
    const { id } = request;
    try {
      switch (request.type) {
        case 'parse':
          return this.parse(request, (fraction) => report({ type: 'progress', fraction }));
        case 'forget':
          this.usage.delete(request.slot);
          this.bills.delete(request.slot);
          return { id, type: 'done' };
        case 'allocate':
          return this.allocate(request, (line) => report({ type: 'rule', line }));
        case 'lines':
          return { id, type: 'lines', lines: (this.last?.lines ?? []).filter((line) => line.topic === request.object).map(toPlainLine) };
        case 'export': {
          if (!this.last) return { id, type: 'error', message: 'nothing has been allocated yet' };
          const text =
            request.format === 'csv'
              ? lineItemsToCsv(this.last)
              : attributionJsonText(this.last, [...request.extraWarnings, ...this.last.warnings]);
          return { id, type: 'export', text };
        }
      }
    } catch (error) {
      if (error instanceof ParseError) return { id, type: 'error', message: error.message };
      return { id, type: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  private parse(request: Extract<SessionRequest, { type: 'parse' }>, onProgress: (fraction: number) => void): SessionResponse {
    const { id, slot, kind, text } = request;
    this.usage.delete(slot);
    this.bills.delete(slot);
    if (kind === 'bill') {
      const parsed = parseBillInput(text);
      this.bills.set(slot, parsed.bill);
      const total = sumBillCents(parsed.bill);
      return { id, type: 'parsed', formatName: parsed.formatName, summary: `${parsed.bill.length} pools, ${formatMoney(total)}`, warnings: parsed.warnings };
    }
    const parsed = parseUsageInput(text, { ...(kind === 'usage' ? {} : { field: kind }), onProgress });
    this.usage.set(slot, parsed.topics);
    return { id, type: 'parsed', formatName: parsed.formatName, summary: `${parsed.topics.length} topics`, warnings: parsed.warnings };
  }

  private allocate(request: Extract<SessionRequest, { type: 'allocate' }>, onRule: (line: number | undefined) => void): SessionResponse {
    const { id } = request;
    const bill = this.bills.get(request.billSlot);
    if (!bill) return { id, type: 'error', message: 'the bill has not been read' };
    const sources = request.usageSlots.flatMap(({ slot, label }) => {
      const topics = this.usage.get(slot);
      return topics ? [{ label, topics }] : [];
    });
    const merged = mergeUsage(sources);
    const rules = precomputeRegexRules(parseMappingRules(request.rules).rules, namesToMap(merged.topics), onRule);
    onRule(undefined);
    const result = allocateCosts({ bill, topics: merged.topics, rules, policies: toPolicies(request.policies) });
    this.last = { ...result, warnings: [...merged.warnings, ...result.warnings] };
    const objectTotals = new Map<string, bigint>();
    for (const line of result.lines) {
      objectTotals.set(line.topic, (objectTotals.get(line.topic) ?? 0n) + line.amountCents);
    }
    return {
      id,
      type: 'allocated',
      view: {
        totalCents: result.totalCents,
        pools: result.pools,
        topics: result.topics,
        teams: result.teams,
        warnings: this.last.warnings,
        reconciliation: reconcileWithBill(result.lines, bill),
        objectTotals,
        policies: result.policies,
      },
    };
  }
}

/** Every name the allocation maps to a team: each topic (with its owner column) and each consumer group. */
function namesToMap(topics: readonly TopicUsage[]): NameToMap[] {
  return topics.flatMap((usage) => [{ name: usage.topic, owner: usage.owner }, ...(usage.consumers ?? []).map((group) => ({ name: group }))]);
}
