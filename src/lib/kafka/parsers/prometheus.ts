import { parseCount } from '../attribution/exactNumbers';
import { MetricAccumulator, type MetricParse } from './metricTotals';
import { isRecord, ParseError, shown, type ProgressCallback } from './parseError';

/**
 * Prometheus instant-query JSON (`sum by (topic) (...)`): one value per topic. A series without a
 * `topic` label is a broker-wide total and is dropped, or every byte would count twice (docs/method/kafka-cost-attribution.md §6.4).
 */
export function parsePrometheusJson(json: unknown): MetricParse {
  if (!isRecord(json)) throw new ParseError('line 1: expected a Prometheus query response object');
  if (json['status'] !== 'success') {
    throw new ParseError(`line 1: the query response has status ${shown(json['status'])}${json['error'] ? ` (${shown(json['error'])})` : ''}; expected "success"`);
  }
  const data = json['data'];
  if (!isRecord(data) || !Array.isArray(data['result'])) throw new ParseError('line 1: expected data.result to be a list');
  if (data['resultType'] !== 'vector') {
    throw new ParseError(`line 1: data.resultType is ${shown(data['resultType'])}; expected "vector" (an instant query such as sum by (topic) (increase(...[30d])))`);
  }
  const metrics = new MetricAccumulator();
  let dropped = 0;
  data['result'].forEach((item: unknown, index) => {
    const where = `data.result[${index}]`;
    if (!isRecord(item) || !isRecord(item['metric']) || !Array.isArray(item['value'])) {
      throw new ParseError(`line 1: ${where}: expected {"metric": {...}, "value": [time, "number"]}`);
    }
    const topic = item['metric']['topic'];
    if (typeof topic !== 'string' || topic === '') {
      dropped++;
      return;
    }
    const raw = item['value'][1];
    const value = typeof raw === 'string' ? parseCount(raw) : undefined;
    if (!value) throw new ParseError(`line 1: ${where}.value: expected a non-negative number as a string, got ${shown(raw)}`);
    metrics.add(topic, 'instant', value.value);
  });
  return finish(metrics, dropped);
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+(-?\d+))?\s*$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)/y;

/**
 * Prometheus text exposition format for one counter or gauge. Counters are cumulative since broker
 * start, so when a series appears twice (two scrapes) the period's amount is last minus first; a
 * series seen once is taken as is, with a warning.
 */
export function parsePrometheusText(text: string, onProgress?: ProgressCallback): MetricParse {
  const series = new Map<string, { topic: string; first: bigint; last: bigint; count: number }>();
  const names = new Set<string>();
  let dropped = 0;
  let resets = 0;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = SAMPLE.exec(trimmed);
    if (!match) throw new ParseError(`line ${line}: expected "metric_name{label=\\"value\\",...} number", got ${shown(trimmed)}`);
    const [, name, labelText = '', valueText] = match;
    names.add(name!);
    const labels = parseLabels(labelText, line);
    const value = parseCount(valueText!);
    if (!value) throw new ParseError(`line ${line}: expected a non-negative sample value, got ${shown(valueText)}`);
    const topic = labels.get('topic');
    if (topic === undefined || topic === '') {
      dropped++;
      return;
    }
    const key = `${name}{${[...labels].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(',')}}`;
    const existing = series.get(key);
    if (existing) {
      existing.last = value.value;
      existing.count++;
    } else {
      series.set(key, { topic, first: value.value, last: value.value, count: 1 });
    }
    if (line % 10000 === 0) onProgress?.(line / lines.length);
  });
  if (names.size > 1) {
    throw new ParseError(`line 1: found ${names.size} metrics (${[...names].slice(0, 3).join(', ')}); paste one metric per source`);
  }
  const metrics = new MetricAccumulator();
  let single = 0;
  for (const entry of series.values()) {
    if (entry.count === 1) {
      single++;
      metrics.add(entry.topic, 'scrape', entry.last);
    } else if (entry.last >= entry.first) {
      metrics.add(entry.topic, 'scrape', entry.last - entry.first);
    } else {
      // A counter that went down was reset by a broker restart: count what it gained since.
      resets++;
      metrics.add(entry.topic, 'scrape', entry.last);
    }
  }
  const result = finish(metrics, dropped);
  if (single > 0 && series.size > 0) {
    result.warnings.push(`${single} series appear in one scrape only: their value is used as is (counters count since broker start; paste a start and an end scrape to get the period's increase)`);
  }
  if (resets > 0) result.warnings.push(`${resets} counter reset(s) (a broker restart): counted from the reset`);
  return result;
}

function parseLabels(text: string, line: number): Map<string, string> {
  const labels = new Map<string, string>();
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < text.length) {
    const start = LABEL.lastIndex;
    const match = LABEL.exec(text);
    if (!match) {
      if (text.slice(start).trim() === '') break;
      throw new ParseError(`line ${line}: cannot read the labels at ${shown(text.slice(start))}; expected name="value"`);
    }
    labels.set(match[1]!, match[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)));
  }
  return labels;
}

function finish(metrics: MetricAccumulator, dropped: number): MetricParse & { warnings: string[] } {
  const warnings: string[] = [];
  if (dropped > 0) warnings.push(`${dropped} series without a topic label (broker totals) dropped`);
  if (metrics.size === 0) throw new ParseError('line 1: no series with a topic label found');
  return { topics: metrics.totals(), warnings };
}
