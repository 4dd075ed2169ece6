import { parseCount } from '../attribution/exactNumbers';
import { MetricAccumulator, type MetricKind, type MetricParse } from './metricTotals';
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
  const names = new Map<string, number>();
  const nameLabels = new Set<string>();
  let dropped = 0;
  data['result'].forEach((item: unknown, index) => {
    const where = `data.result[${index}]`;
    if (!isRecord(item) || !isRecord(item['metric']) || !Array.isArray(item['value'])) {
      throw new ParseError(`line 1: ${where}: expected {"metric": {...}, "value": [time, "number"]}`);
    }
    const name = item['metric']['__name__'];
    if (typeof name === 'string' && !names.has(name)) names.set(name, index);
    const jmxName = item['metric']['name'];
    if (typeof jmxName === 'string') nameLabels.add(jmxName);
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
  refuseSeveralJsonMetrics(names, nameLabels);
  return finish(metrics, dropped);
}

/** A result with several `__name__` values, or a JMX exporter `name` label with several values, holds several metrics. */
function refuseSeveralJsonMetrics(names: Map<string, number>, nameLabels: Set<string>): void {
  if (names.size > 1) {
    const listed = [...names].map(([name, index]) => `${name} (data.result[${index}])`).join(', ');
    throw new ParseError(`line 1: the result holds ${names.size} metrics (__name__ ${listed}); query one metric, e.g. sum by (topic) (...) over one name`);
  }
  if (nameLabels.size > 1) {
    const listed = [...nameLabels].sort();
    throw new ParseError(`line 1: the result holds ${listed.length} metrics told apart by the name label (${listed.join(', ')}); filter the query to one, e.g. {name="${listed[0]}"}`);
  }
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+(-?\d+))?\s*$/;
const LABEL = /\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(?:,|$)/y;
const TYPE_LINE = /^#\s*TYPE\s+([a-zA-Z_:][a-zA-Z0-9_:]*)\s+(\S+)\s*$/;

export interface PrometheusTextOptions {
  /** What the field the paste is given for is (bytes in: a counter; retained bytes: a gauge). */
  readonly expectedKind?: MetricKind;
  /** The field's name, for the message when `# TYPE` contradicts it. */
  readonly fieldName?: string;
  readonly onProgress?: ProgressCallback;
}

interface Series {
  readonly topic: string;
  /** The scrapes this series appears in (its timestamp, else its n-th appearance) and their values. */
  readonly samples: { scrape: string; value: bigint }[];
}

/**
 * Prometheus text exposition format for one counter or gauge, one or several scrapes pasted one
 * after the other. The kind comes from the metric's `# TYPE` line, else from the field the paste
 * is given for, and a TYPE that contradicts the field is refused with its line. A counter gives its
 * increase over the window (sum of the rises between scrapes, counting from a reset when it goes
 * down); a gauge is averaged over the scrapes, a topic missing from a scrape counting 0 there, and
 * is never differenced (docs/method/kafka-cost-attribution.md §6.9). A scrape is a sample's
 * timestamp when it has one, else the n-th time its series appears.
 */
export function parsePrometheusText(text: string, options: PrometheusTextOptions = {}): MetricParse {
  const series = new Map<string, Series>();
  const names = new Map<string, number>();
  const types = new Map<string, { kind: string; line: number }>();
  const nameLabels = new Set<string>();
  let dropped = 0;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (trimmed.startsWith('#')) {
      const type = TYPE_LINE.exec(trimmed);
      // Each scrape repeats the TYPE line; the first names the line an error points at.
      if (type && !types.has(type[1]!)) types.set(type[1]!, { kind: type[2]!.toLowerCase(), line });
      return;
    }
    const match = SAMPLE.exec(trimmed);
    if (!match) throw new ParseError(`line ${line}: expected "metric_name{label=\\"value\\",...} number", got ${shown(trimmed)}`);
    const [, name, labelText = '', valueText, timestamp] = match;
    if (!names.has(name!)) names.set(name!, line);
    const labels = parseLabels(labelText, line);
    const value = parseCount(valueText!);
    if (!value) throw new ParseError(`line ${line}: expected a non-negative sample value, got ${shown(valueText)}`);
    const metricName = labels.get('name');
    if (metricName !== undefined) nameLabels.add(metricName);
    const topic = labels.get('topic');
    if (topic === undefined || topic === '') {
      dropped++;
      return;
    }
    const key = `${name}{${[...labels].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}`).join(',')}}`;
    let entry = series.get(key);
    if (!entry) {
      entry = { topic, samples: [] };
      series.set(key, entry);
    }
    entry.samples.push({ scrape: timestamp ?? `#${entry.samples.length}`, value: value.value });
    if (line % 10000 === 0) options.onProgress?.(line / lines.length);
  });
  refuseSeveralMetrics(names, nameLabels);
  const kind = metricKind(types, names, options);
  const metrics = new MetricAccumulator();
  const counted = kind === 'gauge' ? addGauges(series, metrics) : addCounters(series, metrics);
  const result = finish(metrics, dropped);
  result.warnings.push(...counted);
  return result;
}

/** Several metric names, or one name with a JMX exporter `name` label telling metrics apart, would be summed: refuse. */
function refuseSeveralMetrics(names: Map<string, number>, nameLabels: Set<string>): void {
  if (names.size > 1) {
    const listed = [...names].map(([name, line]) => `${name} (line ${line})`).join(', ');
    throw new ParseError(`line 1: found ${names.size} metrics: ${listed}; paste one metric per source`);
  }
  if (nameLabels.size > 1) {
    const [metric] = names.keys();
    throw new ParseError(
      `line 1: ${metric} holds ${nameLabels.size} metrics told apart by the name label (${[...nameLabels].sort().join(', ')}); paste the lines of one of them, e.g. only name="${[...nameLabels].sort()[0]}"`,
    );
  }
}

/** The metric's kind: its `# TYPE` when that says counter or gauge (and agrees with the field), else the field's. */
function metricKind(types: Map<string, { kind: string; line: number }>, names: Map<string, number>, options: PrometheusTextOptions): MetricKind {
  const [name] = names.keys();
  const declared = name === undefined ? undefined : types.get(name);
  const typed = declared && (declared.kind === 'counter' || declared.kind === 'gauge') ? (declared.kind as MetricKind) : undefined;
  if (typed && options.expectedKind && typed !== options.expectedKind) {
    throw new ParseError(
      `line ${declared!.line}: # TYPE says ${name} is a ${typed}, but ${options.fieldName ?? 'this field'} is a ${options.expectedKind}; paste a ${options.expectedKind} for it`,
    );
  }
  return typed ?? options.expectedKind ?? 'counter';
}

/** A gauge per scrape, summed over a topic's series; averaged over every scrape of the paste. */
function addGauges(series: Map<string, Series>, metrics: MetricAccumulator): string[] {
  for (const entry of series.values()) for (const sample of entry.samples) metrics.add(entry.topic, sample.scrape, sample.value);
  return [];
}

/** A counter's increase: the rises between consecutive scrapes, a fall being a reset counted from 0. */
function addCounters(series: Map<string, Series>, metrics: MetricAccumulator): string[] {
  let single = 0;
  let resets = 0;
  for (const entry of series.values()) {
    const { samples } = entry;
    if (samples.length === 1) {
      single++;
      metrics.add(entry.topic, 'window', samples[0]!.value);
      continue;
    }
    let increase = 0n;
    for (let i = 1; i < samples.length; i++) {
      const previous = samples[i - 1]!.value;
      const current = samples[i]!.value;
      if (current >= previous) {
        increase += current - previous;
      } else {
        // A counter that went down was reset by a broker restart: count what it gained since.
        resets++;
        increase += current;
      }
    }
    metrics.add(entry.topic, 'window', increase);
  }
  const warnings: string[] = [];
  if (single > 0) {
    warnings.push(`${single} series appear in one scrape only: their value is used as is (counters count since broker start; paste a start and an end scrape to get the period's increase)`);
  }
  if (resets > 0) warnings.push(`${resets} counter reset(s) (a broker restart): counted from the reset`);
  return warnings;
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
