import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { allocateCosts } from '../lib/kafka/attribution/allocateCosts';
import { formatCents } from '../lib/kafka/attribution/exactNumbers';
import { attributionToJson, lineItemsToCsv } from '../lib/kafka/attribution/exportResult';
import { AttributionInputError, DEFAULT_POLICIES, type AttributionPolicies, type TopicUsage } from '../lib/kafka/attribution/model';
import { WHOLE_NUMBER_RANGES } from '../lib/kafka/attribution/scenarioFile';
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
  --rules FILE           topic-to-team rules: exact:T => team, regex:RE => $1, prefix:P => team

Policies:
  --internal spread|platform|proxy          internal topics (default spread)
  --idle separate|share|platform            idle capacity (default separate)
  --unallocated show|redistribute|platform  unmapped topics (default show)
  --internal-pattern GLOB                   another internal topic pattern (repeatable)
  --driver POOL=DRIVER                      change a pool's driver (repeatable), e.g. compute=even
  --team-share TEAM=PERCENT                 a team's fixed share for the team-percent driver
                                            (repeatable; the shares must add up to 100)
  --team-quota TEAM=QUOTA                   a team's reserved quota (any one unit, e.g. MB/s)
                                            for the compute driver reserved-quota (repeatable)
  --zones N                                 availability zones, ${WHOLE_NUMBER_RANGES.zones.min} to ${WHOLE_NUMBER_RANGES.zones.max} (default ${DEFAULT_POLICIES.zones})
  --billing self-managed|msk                MSK does not bill replication transfer
  --fetch-from-follower                     consumers fetch from same-zone followers
  --egress owner|consumers|blend            who pays for egress (default owner); consumers and
                                            blend need kafka-consumer-groups output in --usage
  --egress-owner-percent N                  the owner's share in a blend, ${WHOLE_NUMBER_RANGES.egressOwnerPercent.min} to ${WHOLE_NUMBER_RANGES.egressOwnerPercent.max} (default ${DEFAULT_POLICIES.egressOwnerPercent})
  --period-seconds N                        CloudWatch period when a paste has one datapoint

Output:
  --json                 JSON: totalCents, topics, teams, pools, lines, warnings
  --csv                  line items CSV: pool,topic,team,driver,driver_value,share,amount,method
`;

const METRIC_FLAGS: Record<string, MetricField> = {
  'bytes-in': 'bytesIn',
  'records-in': 'recordsIn',
  'bytes-out': 'bytesOut',
  retained: 'retainedBytes',
  replicated: 'replicatedBytes',
  remote: 'remoteBytes',
};

/** Thrown for a bad flag or file; the message is printed as is, without a stack trace. */
class CliError extends Error {}

export function runAttributeCli(argv: readonly string[], readFile: (path: string) => string): CliResult {
  try {
    return run(argv, readFile);
  } catch (error) {
    if (error instanceof CliError || error instanceof AttributionInputError) {
      return { exitCode: 2, stdout: '', stderr: `attribute: ${error.message}\n` };
    }
    throw error;
  }
}

function run(argv: readonly string[], readFile: (path: string) => string): CliResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        bill: { type: 'string' },
        usage: { type: 'string', multiple: true },
        'bytes-in': { type: 'string' },
        'records-in': { type: 'string' },
        'bytes-out': { type: 'string' },
        retained: { type: 'string' },
        replicated: { type: 'string' },
        remote: { type: 'string' },
        rules: { type: 'string' },
        internal: { type: 'string' },
        idle: { type: 'string' },
        unallocated: { type: 'string' },
        'internal-pattern': { type: 'string', multiple: true },
        driver: { type: 'string', multiple: true },
        'team-share': { type: 'string', multiple: true },
        'team-quota': { type: 'string', multiple: true },
        zones: { type: 'string' },
        billing: { type: 'string' },
        'fetch-from-follower': { type: 'boolean' },
        egress: { type: 'string' },
        'egress-owner-percent': { type: 'string' },
        'period-seconds': { type: 'string' },
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
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
    try {
      return readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`${file}: cannot read the file${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
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
    const json = attributionToJson(result);
    return { exitCode, stdout: `${JSON.stringify({ ...json, warnings: allWarnings }, null, 2)}\n`, stderr: mismatch };
  }
  if (values.csv) return { exitCode, stdout: lineItemsToCsv(result), stderr: allWarnings.map((w) => `warning: ${w}\n`).join('') + mismatch };
  return { exitCode, stdout: renderText(result, check, allWarnings), stderr: mismatch };
}

function readPolicies(values: Record<string, unknown>): AttributionPolicies {
  const choose = <T extends string>(flag: string, options: readonly T[], fallback: T): T => {
    const value = values[flag];
    if (value === undefined) return fallback;
    if (!options.includes(value as T)) throw new CliError(`--${flag} must be one of ${options.join(', ')}; got "${String(value)}"`);
    return value as T;
  };
  const drivers: Record<string, string> = { ...DEFAULT_POLICIES.drivers };
  for (const entry of (values['driver'] as string[] | undefined) ?? []) {
    const [pool = '', driver = ''] = entry.split('=');
    if (!isPoolId(pool)) throw new CliError(`--driver ${entry}: unknown pool "${pool}"; expected one of ${Object.keys(POOL_LABELS).join(', ')}`);
    const options: readonly string[] = isUsagePoolId(pool) ? DRIVER_OPTIONS[pool] : SHARED_DRIVER_IDS;
    if (!options.includes(driver)) throw new CliError(`--driver ${entry}: the ${pool} pool can use ${options.join(', ')}`);
    drivers[pool] = driver;
  }
  const shares = teamWeightsFlag(values, 'team-share', parseTeamShares);
  const quotas = teamWeightsFlag(values, 'team-quota', parseTeamQuotas);
  return {
    ...DEFAULT_POLICIES,
    internal: choose('internal', ['spread', 'platform', 'proxy'] as const, DEFAULT_POLICIES.internal),
    idle: choose('idle', ['separate', 'share', 'platform'] as const, DEFAULT_POLICIES.idle),
    unallocated: choose('unallocated', ['show', 'redistribute', 'platform'] as const, DEFAULT_POLICIES.unallocated),
    billing: choose('billing', ['self-managed', 'msk'] as const, DEFAULT_POLICIES.billing),
    zones: values['zones'] !== undefined ? wholeNumberFlag(String(values['zones']), '--zones', WHOLE_NUMBER_RANGES.zones.min, WHOLE_NUMBER_RANGES.zones.max) : DEFAULT_POLICIES.zones,
    fetchFromFollower: values['fetch-from-follower'] === true,
    extraInternalPatterns: (values['internal-pattern'] as string[] | undefined) ?? [],
    drivers: drivers as DriverChoice,
    egressPayer: choose('egress', ['owner', 'consumers', 'blend'] as const, DEFAULT_POLICIES.egressPayer),
    egressOwnerPercent: values['egress-owner-percent'] !== undefined ? wholeNumberFlag(String(values['egress-owner-percent']), '--egress-owner-percent', WHOLE_NUMBER_RANGES.egressOwnerPercent.min, WHOLE_NUMBER_RANGES.egressOwnerPercent.max) : DEFAULT_POLICIES.egressOwnerPercent,
    teamShares: shares,
    teamQuotas: quotas,
  };
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

/** A whole-number flag from `min` (and up to `max` when given). */
function wholeNumberFlag(text: string, flag: string, min: number, max?: number): number {
  const value = Number(text);
  if (!/^(0|[1-9]\d*)$/.test(text) || value < min || (max !== undefined && value > max)) {
    throw new CliError(`${flag} must be a whole number ${max === undefined ? `of at least ${min}` : `from ${min} to ${max}`}; got "${text}"`);
  }
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
  out.push('', `Sum of ${check.lineCount} lines = ${formatCents(check.lineSumCents)} ${check.exact ? '=' : '≠'} bill ${formatCents(check.billCents)}`);
  if (warnings.length > 0) out.push('', 'Warnings', ...warnings.map((w) => `  - ${w}`));
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runAttributeCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
