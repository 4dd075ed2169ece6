import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { allocateCosts } from '../lib/kafka/attribution/allocateCosts';
import { formatCents } from '../lib/kafka/attribution/exactNumbers';
import { writeAttributionJson, writeLineItemsCsv } from '../lib/kafka/attribution/exportResult';
import { AttributionInputError, DEFAULT_POLICIES, type AttributionPolicies, type TopicUsage } from '../lib/kafka/attribution/model';
import {
  allowedChoices,
  allowedWholeNumbers,
  CHOICE_POLICIES,
  CHOICE_POLICY_KEYS,
  choiceValues,
  DRIVER_POLICY,
  isAllowedWholeNumber,
  isChoiceValue,
  LIST_POLICIES,
  LIST_POLICY_KEYS,
  SWITCH_POLICIES,
  SWITCH_POLICY_KEYS,
  WHOLE_NUMBER_POLICIES,
  WHOLE_NUMBER_POLICY_KEYS,
  type ChoicePolicy,
  type ChoicePolicyKey,
  type SwitchPolicyKey,
  type WholeNumberPolicyKey,
} from '../lib/kafka/attribution/policyCatalog';
import { DRIVER_OPTIONS, isPoolId, isUsagePoolId, POOL_LABELS, SHARED_DRIVER_IDS, type DriverChoice } from '../lib/kafka/attribution/pools';
import { parseMappingRules, type MappingRule } from '../lib/kafka/attribution/teamMapping';
import { parseTeamQuotas, parseTeamShares, type TeamWeight, type TeamWeightsParse } from '../lib/kafka/attribution/teamShares';
import { ParseError } from '../lib/kafka/parsers/parseError';
import { mergeUsage } from '../lib/kafka/parsers/mergeUsage';
import { parseBillInput, parseUsageInput, type MetricField } from '../lib/kafka/parsers/parseInput';
import { reconcileWithBill, type Reconciliation } from '../lib/kafka/attribution/reconciliation';

export interface CliResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const METRIC_FLAGS: Record<string, MetricField> = {
  'bytes-in': 'bytesIn',
  'records-in': 'recordsIn',
  'bytes-out': 'bytesOut',
  retained: 'retainedBytes',
  replicated: 'replicatedBytes',
  remote: 'remoteBytes',
};

const INPUT_OPTIONS = {
  bill: { type: 'string' },
  usage: { type: 'string', multiple: true },
  ...Object.fromEntries(Object.keys(METRIC_FLAGS).map((flag) => [flag, { type: 'string' }])),
  rules: { type: 'string' },
  'period-seconds': { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

type FlagOption = { type: 'string' | 'boolean'; multiple?: boolean };

/** One flag per policy of the catalog: a choice or number takes a value, a switch none, a list repeats. */
function policyOptions(): Record<string, FlagOption> {
  const options: Record<string, FlagOption> = {};
  for (const key of CHOICE_POLICY_KEYS) options[CHOICE_POLICIES[key].flag] = { type: 'string' };
  for (const key of WHOLE_NUMBER_POLICY_KEYS) options[WHOLE_NUMBER_POLICIES[key].flag] = { type: 'string' };
  for (const key of SWITCH_POLICY_KEYS) options[SWITCH_POLICIES[key].flag] = { type: 'boolean' };
  for (const policy of [...LIST_POLICY_KEYS.map((key) => LIST_POLICIES[key]), DRIVER_POLICY]) options[policy.flag] = { type: 'string', multiple: true };
  return options;
}

const HELP_COLUMN = 44;
const HELP_WIDTH = 100;

/** The Policies section of the usage text, one row per policy of the catalog. */
function policyUsage(): string {
  const rows: [string, string][] = [
    ...CHOICE_POLICY_KEYS.map((key): [string, string] => {
      const policy: ChoicePolicy = CHOICE_POLICIES[key];
      return [`--${policy.flag} ${choiceValues(key).join('|')}`, withNote(`${policy.help} (default ${policy.default})`, policy.note)];
    }),
    ...[...LIST_POLICY_KEYS.map((key) => LIST_POLICIES[key]), DRIVER_POLICY].map((policy): [string, string] => [`--${policy.flag} ${policy.metavar}`, policy.help]),
    ...WHOLE_NUMBER_POLICY_KEYS.map((key): [string, string] => {
      const { flag, help, min, max, default: fallback } = WHOLE_NUMBER_POLICIES[key];
      return [`--${flag} N`, `${help}, ${min} to ${max} (default ${fallback})`];
    }),
    ...SWITCH_POLICY_KEYS.map((key): [string, string] => [`--${SWITCH_POLICIES[key].flag}`, SWITCH_POLICIES[key].help]),
  ];
  return rows.map(([flag, help]) => usageRow(flag, help)).join('\n');
}

function withNote(text: string, note: string | undefined): string {
  return note === undefined ? text : `${text}; ${note}`;
}

/** A flag and its help, the help wrapped at HELP_WIDTH under its own column. */
function usageRow(flag: string, help: string): string {
  const lines: string[] = [];
  let line = `  ${flag}`.padEnd(HELP_COLUMN);
  for (const word of help.split(' ')) {
    if (line.length + word.length + 1 > HELP_WIDTH && line.trim() !== flag) {
      lines.push(line.trimEnd());
      line = ' '.repeat(HELP_COLUMN);
    }
    line += line.endsWith(' ') ? word : ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const USAGE = `Usage: npm run attribute -- --bill bill.csv --usage usage.csv [options]

Allocates a Kafka bill to topics and teams, exactly to the cent.

Inputs (formats are detected automatically):
  --bill FILE            bill CSV (pool,amount[,capacity]) or Confluent Costs API JSON
  --usage FILE           usage CSV, or kafka-log-dirs / kafka-topics / kafka-consumer-groups
                         --describe output (repeatable; later files override earlier values)
  --bytes-in FILE        bytes in per topic: Prometheus JSON/text, Confluent Metrics, CloudWatch
  --records-in FILE      records in per topic (for the ingress driver records-in), same formats
  --bytes-out FILE       bytes out per topic (fan-out included), same formats
  --retained FILE        logical retained bytes per topic (kafka-log-dirs gives replicated bytes)
  --replicated FILE      replicated retained bytes per topic
  --remote FILE          tiered (remote) bytes per topic
                         (storage is a gauge, averaged over samples; bytes and records are
                         counters, increased over the window; a # TYPE that disagrees is refused)
  --rules FILE           topic-to-team rules: exact:T => team, regex:RE => $1, prefix:P => team
  --period-seconds N     CloudWatch period (the query's Period); else the smallest spacing of
                         the timestamps, and a paste of single datapoints is refused

Policies:
${policyUsage()}

Output:
  --json                 JSON: totalCents, policies, topics, teams, pools, lines, warnings
  --csv                  line items CSV: pool,topic,team,driver,driver_value,share,amount,method
`;

/** Thrown for a bad flag or file; the message is printed as is, without a stack trace. */
class CliError extends Error {}

/**
 * Runs the CLI. With `baseDir`, file arguments resolve from it (the directory the user ran the
 * command in, which npm passes as INIT_CWD) and readFile gets the resolved path. With `write`,
 * the output goes to it in chunks and `stdout` stays empty: a million topics make more text than
 * one string may hold.
 */
export function runAttributeCli(argv: readonly string[], readFile: (path: string) => string, baseDir?: string, write?: (chunk: string) => void): CliResult {
  try {
    if (write) return run(argv, readFile, baseDir, write);
    const chunks: string[] = [];
    const result = run(argv, readFile, baseDir, (chunk) => chunks.push(chunk));
    return { ...result, stdout: chunks.join('') + result.stdout };
  } catch (error) {
    if (error instanceof CliError || error instanceof AttributionInputError) {
      return { exitCode: 2, stdout: '', stderr: `attribute: ${error.message}\n` };
    }
    throw error;
  }
}

function run(argv: readonly string[], readFile: (path: string) => string, baseDir: string | undefined, write: (chunk: string) => void): CliResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...INPUT_OPTIONS, ...policyOptions() },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values } = parsed;
  if (values.help) return { exitCode: 0, stdout: USAGE, stderr: '' };
  if (!values.bill) throw new CliError(`--bill is required\n\n${USAGE}`);
  if (!values.usage && !Object.keys(METRIC_FLAGS).some((flag) => values[flag as keyof typeof values])) {
    throw new CliError(`give at least one usage source (--usage, --bytes-in, --bytes-out, --retained, ...)\n\n${USAGE}`);
  }

  const read = (file: string): string => {
    const path = baseDir === undefined ? file : resolve(baseDir, file);
    try {
      return readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const looked = `looked for ${resolve(baseDir ?? '', file)}`;
      throw new CliError(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code ?? 'unreadable'}; ${looked})`);
    }
  };
  const inFile = <T>(file: string, parse: () => T): T => {
    try {
      return parse();
    } catch (error) {
      if (error instanceof ParseError) throw new CliError(`${file}: ${error.message}`);
      throw error;
    }
  };

  const policies = readPolicies(values);
  const periodSeconds = values['period-seconds'] !== undefined ? wholeNumberFlag(values['period-seconds'], '--period-seconds', 1) : undefined;
  const warnings: string[] = [];
  const billFile = values.bill;
  const billText = read(billFile);
  const bill = inFile(billFile, () => parseBillInput(billText));
  warnings.push(...bill.warnings.map((w) => `${billFile}: ${w}`));

  const sources: { label: string; topics: TopicUsage[] }[] = [];
  for (const file of values.usage ?? []) {
    const text = read(file);
    const usage = inFile(file, () => parseUsageInput(text));
    warnings.push(...usage.warnings.map((w) => `${file}: ${w}`));
    sources.push({ label: file, topics: usage.topics });
  }
  for (const [flag, field] of Object.entries(METRIC_FLAGS)) {
    const file = values[flag as keyof typeof values];
    if (typeof file !== 'string') continue;
    const text = read(file);
    const usage = inFile(file, () => parseUsageInput(text, { field, ...(periodSeconds !== undefined ? { cloudWatchPeriodSeconds: periodSeconds } : {}) }));
    warnings.push(...usage.warnings.map((w) => `${file}: ${w}`));
    sources.push({ label: file, topics: usage.topics });
  }
  const merged = mergeUsage(sources);
  warnings.push(...merged.warnings);

  let rules: MappingRule[] = [];
  if (values.rules) {
    const rulesFile = values.rules;
    const parsedRules = parseMappingRules(read(rulesFile));
    if (parsedRules.errors.length > 0) throw new CliError(parsedRules.errors.map((e) => `${rulesFile}: ${e}`).join('\n'));
    rules = parsedRules.rules;
  }

  const result = allocateCosts({ bill: bill.bill, topics: merged.topics, rules, policies });
  const allWarnings = [...warnings, ...result.warnings];
  const check = reconcileWithBill(result.lines, bill.bill);
  // Never expected: the output is still printed, so the case can be reported with it.
  const exitCode = check.exact ? 0 : 3;
  const mismatch = check.exact ? '' : `attribute: the ${check.lineCount} lines sum to ${formatCents(check.lineSumCents)} but the bill as read totals ${formatCents(check.billCents)}; this result is wrong, please report it with the inputs\n`;
  if (values.json) {
    writeAttributionJson(result, allWarnings, write);
    return { exitCode, stdout: '', stderr: mismatch };
  }
  if (values.csv) {
    writeLineItemsCsv(result, write);
    return { exitCode, stdout: '', stderr: allWarnings.map((w) => `warning: ${w}\n`).join('') + mismatch };
  }
  write(renderText(result, check, allWarnings));
  return { exitCode, stdout: '', stderr: mismatch };
}

function readPolicies(values: Record<string, unknown>): AttributionPolicies {
  const choices = Object.fromEntries(CHOICE_POLICY_KEYS.map((key) => [key, choiceFlag(key, values[CHOICE_POLICIES[key].flag])]));
  const numbers = Object.fromEntries(WHOLE_NUMBER_POLICY_KEYS.map((key) => [key, wholeNumberPolicyFlag(key, values[WHOLE_NUMBER_POLICIES[key].flag])]));
  const switches = Object.fromEntries(SWITCH_POLICY_KEYS.map((key) => [key, switchFlag(key, values[SWITCH_POLICIES[key].flag])]));
  return {
    ...DEFAULT_POLICIES,
    ...(choices as Pick<AttributionPolicies, ChoicePolicyKey>),
    ...(numbers as Pick<AttributionPolicies, WholeNumberPolicyKey>),
    ...(switches as Pick<AttributionPolicies, SwitchPolicyKey>),
    extraInternalPatterns: repeatedFlag(values, LIST_POLICIES.internalPatterns.flag),
    drivers: driverFlags(repeatedFlag(values, DRIVER_POLICY.flag)),
    teamShares: teamWeightsFlag(values, LIST_POLICIES.teamShares.flag, parseTeamShares),
    teamQuotas: teamWeightsFlag(values, LIST_POLICIES.teamQuotas.flag, parseTeamQuotas),
  };
}

function choiceFlag(key: ChoicePolicyKey, value: unknown): string {
  if (value === undefined) return CHOICE_POLICIES[key].default;
  if (!isChoiceValue(key, value)) throw new CliError(`--${CHOICE_POLICIES[key].flag} must be ${allowedChoices(key)}; got "${String(value)}"`);
  return value;
}

function wholeNumberPolicyFlag(key: WholeNumberPolicyKey, value: unknown): number {
  if (value === undefined) return WHOLE_NUMBER_POLICIES[key].default;
  const text = String(value);
  const number = Number(text);
  if (!WHOLE_NUMBER_TEXT.test(text) || !isAllowedWholeNumber(key, number)) {
    throw new CliError(`--${WHOLE_NUMBER_POLICIES[key].flag} must be ${allowedWholeNumbers(key)}; got "${text}"`);
  }
  return number;
}

function switchFlag(key: SwitchPolicyKey, value: unknown): boolean {
  return value === undefined ? SWITCH_POLICIES[key].default : value === true;
}

function repeatedFlag(values: Record<string, unknown>, flag: string): string[] {
  return (values[flag] as string[] | undefined) ?? [];
}

/** POOL=DRIVER flags over the default drivers, each checked against what its pool can use. */
function driverFlags(entries: readonly string[]): DriverChoice {
  const drivers: Record<string, string> = { ...DEFAULT_POLICIES.drivers };
  for (const entry of entries) {
    const [pool = '', driver = ''] = entry.split('=');
    if (!isPoolId(pool)) throw new CliError(`--${DRIVER_POLICY.flag} ${entry}: unknown pool "${pool}"; expected one of ${Object.keys(POOL_LABELS).join(', ')}`);
    const options: readonly string[] = isUsagePoolId(pool) ? DRIVER_OPTIONS[pool] : SHARED_DRIVER_IDS;
    if (!options.includes(driver)) throw new CliError(`--${DRIVER_POLICY.flag} ${entry}: the ${pool} pool can use ${options.join(', ')}`);
    drivers[pool] = driver;
  }
  return drivers as DriverChoice;
}

/** Repeated TEAM=VALUE flags read as lines; a problem names the flag by its place (#2 is the second). */
function teamWeightsFlag(values: Record<string, unknown>, flag: string, parse: (text: string) => TeamWeightsParse): TeamWeight[] {
  const parsed = parse(((values[flag] as string[] | undefined) ?? []).join('\n'));
  if (parsed.errors.length > 0) {
    const located = (error: string) => (error.startsWith('line ') ? error.replace(/line (\d+)/g, `--${flag} #$1`) : `--${flag}: ${error}`);
    throw new CliError(parsed.errors.map(located).join('\n'));
  }
  return parsed.weights;
}

const WHOLE_NUMBER_TEXT = /^(0|[1-9]\d*)$/;

/** A whole-number flag of at least `min`. */
function wholeNumberFlag(text: string, flag: string, min: number): number {
  const value = Number(text);
  if (!WHOLE_NUMBER_TEXT.test(text) || value < min) throw new CliError(`${flag} must be a whole number of at least ${min}; got "${text}"`);
  return value;
}

function renderText(result: ReturnType<typeof allocateCosts>, check: Reconciliation, warnings: string[]): string {
  const money = (cents: bigint) => formatCents(cents).padStart(14);
  const out: string[] = [];
  out.push('Teams');
  for (const team of result.teams) out.push(`  ${team.team.padEnd(28)} ${team.kind.padEnd(12)} ${money(team.amountCents)}`);
  out.push('', 'Topics');
  const topics = [...result.topics].sort((a, b) => (a.amountCents === b.amountCents ? (a.topic < b.topic ? -1 : 1) : a.amountCents > b.amountCents ? -1 : 1));
  for (const topic of topics) out.push(`  ${topic.topic.padEnd(36)} ${topic.team.padEnd(20)} ${money(topic.amountCents)}`);
  out.push('', 'Pools');
  for (const pool of result.pools) {
    const idle = pool.idleCents !== 0n ? `, idle ${formatCents(pool.idleCents)}` : '';
    const fallback = pool.fallbackTier > 0 ? `, fallback tier ${pool.fallbackTier}` : '';
    out.push(`  ${POOL_LABELS[pool.pool].padEnd(34)} ${money(pool.amountCents)}  by ${pool.driver}${idle}${fallback}`);
  }
  out.push('', 'Policies');
  for (const statement of result.policies) out.push(`  ${statement.label}: ${statement.meaning}`);
  out.push('', `Sum of ${check.lineCount} lines = ${formatCents(check.lineSumCents)} ${check.exact ? '=' : '≠'} bill ${formatCents(check.billCents)}`);
  if (warnings.length > 0) out.push('', 'Warnings', ...warnings.map((w) => `  - ${w}`));
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  // Standard output to a file, pipe or terminal is written synchronously on Linux, so chunks do not pile up.
  const write = (chunk: string) => {
    process.stdout.write(chunk);
  };
  const result = runAttributeCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'), process.env['INIT_CWD'] ?? process.cwd(), write);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
