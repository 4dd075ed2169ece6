/** Messages between the island and its parse worker, and the parse itself (shared by both sides). */
import type { BillPool, TopicUsage } from '../../lib/kafka/attribution/model';
import { ParseError } from '../../lib/kafka/parsers/parseError';
import { parseBillInput, parseUsageInput, type MetricField } from '../../lib/kafka/parsers/parseInput';

/** `usage`: a self-describing paste (usage CSV, kafka-log-dirs, kafka-topics); otherwise a metric. */
export type SourceKind = 'bill' | 'usage' | MetricField;

export interface ParseRequest {
  readonly id: number;
  readonly kind: SourceKind;
  readonly text: string;
}

export type ParseResponse =
  | { readonly id: number; readonly type: 'progress'; readonly fraction: number }
  | { readonly id: number; readonly type: 'usage'; readonly formatName: string; readonly topics: TopicUsage[]; readonly warnings: string[] }
  | { readonly id: number; readonly type: 'bill'; readonly formatName: string; readonly bill: BillPool[]; readonly warnings: string[] }
  | { readonly id: number; readonly type: 'error'; readonly message: string };

export function handleParseRequest(request: ParseRequest, onProgress: (fraction: number) => void): ParseResponse {
  const { id, kind, text } = request;
  try {
    if (kind === 'bill') {
      const parsed = parseBillInput(text);
      return { id, type: 'bill', formatName: parsed.formatName, bill: parsed.bill, warnings: parsed.warnings };
    }
    const parsed = parseUsageInput(text, { ...(kind === 'usage' ? {} : { field: kind }), onProgress });
    return { id, type: 'usage', formatName: parsed.formatName, topics: parsed.topics, warnings: parsed.warnings };
  } catch (error) {
    if (error instanceof ParseError) return { id, type: 'error', message: error.message };
    return { id, type: 'error', message: `line 1: could not read this input (${error instanceof Error ? error.message : String(error)})` };
  }
}
