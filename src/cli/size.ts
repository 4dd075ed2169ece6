/**
 * Kafka cluster sizing from the command line. Flags are generated from the
 * same field spec as the tool page's form and URL:
 *   npx tsx src/cli/size.ts --write-peak 100 --fanout 3 --instance m7g.2xlarge --json
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { cliHelpText, parseCliArgs } from '../lib/inputs/cliFlags';
import { formatFieldValue } from '../lib/inputs/fieldSpec';
import { parseTypedValues } from '../lib/inputs/typedValues';
import { parseRawValues } from '../lib/inputs/validateFields';
import { units } from '../lib/kafka/catalog/sizingConstants';
import { formatMoney, formatWhole } from '../lib/calculators/format';
import { numericText } from '../lib/calculators/formula';
import { constraintIds, constraintLabels, formatNumber, resourceIds, runSizing, type SizingResult } from '../lib/kafka/sizing/sizeCluster';
import { sizingSpec } from '../lib/kafka/sizing/sizingFields';

export interface CliOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
}

const commandSwitches = [
  { name: 'json', help: 'Print the whole result as JSON instead of a table.' },
  { name: 'explain', help: 'After the report, print every formula: symbolic, then with the numbers.' },
  { name: 'help', help: 'Show this help.' },
  {
    name: 'inputs',
    value: 'file.json',
    help: 'Start from the inputs in a JSON file (the calculator page\'s "Download JSON", or a flat object of values); flags override it.',
  },
];

const usage =
  'Usage: npm run size -- [flags]\n' +
  'Recommends a Kafka broker count for a workload (or evaluates one with --brokers N).\n' +
  `Units: MB = ${units.MB}, GB = ${units.GB}, a month = ${units.month}.`;

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  '));
}

/** The readable report printed without --json. */
export function formatSizingReport(result: SizingResult): string {
  const b = result.brokerType;
  const lines = [
    `Kafka cluster sizing (MB = ${result.units.MB}, GB = ${result.units.GB}, a month = ${result.units.month})`,
    `Broker type ${b.id}: ${formatNumber(b.networkInMBps)} MB/s in, ${formatNumber(b.networkOutMBps)} MB/s out, ` +
      `${b.diskMBps === null ? 'managed' : `${formatNumber(b.diskMBps)} MB/s`} disk, ` +
      `${b.maxStorageGB === null ? 'no per-broker storage limit' : `${formatNumber(b.maxStorageGB)} GB max disk`}, ` +
      `${b.maxPartitions} partition replicas, ${b.vcpu} vCPU, $${b.priceHour}/h`,
    '',
    result.mode === 'size'
      ? `Recommendation: ${result.brokers} brokers. ${result.bindingReason}`
      : `Evaluating ${result.brokers} brokers (sizing would recommend ${result.recommendedBrokers}: ${result.bindingReason})`,
    '',
    ...table([
      ['Constraint', 'Needed', 'Rounded', 'Formula'],
      ...constraintIds.map((id) => {
        const c = result.constraints[id];
        const marker = id === result.binding ? ' *' : c.counted ? '' : ' (not counted)';
        return [`${constraintLabels[id]}${marker}`, formatNumber(c.brokersNeeded), String(c.brokersRounded), c.formula];
      }),
    ]),
    '',
    `Per broker, normal operation: network in ${formatNumber(result.perBroker.networkInMBps)} MB/s, ` +
      `network out ${formatNumber(result.perBroker.networkOutMBps)} MB/s, disk write ${formatNumber(result.perBroker.diskWriteMBps)} MB/s, ` +
      `disk read ${formatNumber(result.perBroker.diskReadMBps)} MB/s, storage ${formatNumber(result.perBroker.storageGB)} GB`,
    '',
    ...table([
      ['Utilization', 'Normal', `Failure (×${formatNumber(result.utilization.failureMultiplier)})`, 'Cap'],
      ...resourceIds.map((id) => [
        constraintLabels[id],
        percent(result.utilization.normal[id]),
        percent(result.utilization.failure[id]),
        percent(result.utilization.caps[id]),
      ]),
    ]),
    '',
    `Storage: ${formatNumber(result.storage.clusterGB)} GB held by all replicas; provision ${formatNumber(result.storage.provisionedPerBrokerGB)} GB per broker; ` +
      `longest local retention that fits: ${result.storage.maxLocalRetentionHours === null ? 'no limit' : `${formatNumber(result.storage.maxLocalRetentionHours)} h`}`,
    `Largest peak write rate within the caps: ${formatNumber(result.maxWritePeakMBps)} MB/s` +
      (result.maxWritePeakResource === null ? '' : ` (set by ${constraintLabels[result.maxWritePeakResource].toLowerCase()})`),
    `Cross-zone: ${formatNumber(result.crossAz.MBps)} MB/s, ${formatWhole(result.crossAz.monthlyGB)} GB/month, ${formatMoney(result.crossAz.monthlyCost)}/month` +
      ` (${result.crossAz.billing} billing from the ${result.crossAz.billingFrom}${result.crossAz.replicationBilled ? '' : ': replication not billed'})` +
      `; consumers on leaders ${formatMoney(result.crossAz.withoutFetchFromFollower.monthlyCost)}/month, with fetch from follower ${formatMoney(result.crossAz.withFetchFromFollower.monthlyCost)}/month`,
    '',
    ...table([
      ['Monthly cost', 'USD', 'Share'],
      ...(['brokers', 'storage', 'tiered', 'throughput', 'iops', 'crossAz', 'dataIn'] as const).map((line) => [
        line,
        formatMoney(result.cost.monthly[line]),
        percent(result.cost.share[line]),
      ]),
      ['total', formatMoney(result.cost.monthly.total), ''],
    ]),
  ];
  if (result.warnings.length > 0) lines.push('', 'Warnings:', ...result.warnings.map((warning) => `  - ${warning}`));
  lines.push('', 'Assumptions:', ...result.assumptions.map((assumption) => `  - ${assumption}`));
  return `${lines.join('\n')}\n`;
}

/** Every formula of the model, as the explain panel shows them: the symbolic form, then the numbers. */
export function formatExplain(result: SizingResult): string {
  const lines = ['Explain: every formula with the current numbers'];
  for (const section of result.explain) {
    lines.push('', section.title);
    for (const formula of section.formulas) {
      lines.push(`  ${formula.name}: ${numericText(formula)}`);
      if (formula.substituted !== '') lines.push(`      ${formula.symbolic}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Raw values from a JSON inputs file, or the messages (naming the file and field) of what is wrong with it. */
function inputsFromFile(path: string, readFile: (path: string) => string): { raw: Record<string, string>; errors: string[] } {
  let document: unknown;
  try {
    document = JSON.parse(readFile(path));
  } catch (error) {
    return { raw: {}, errors: [`--inputs ${path}: ${error instanceof Error ? error.message : String(error)}.`] };
  }
  const inputs = document !== null && typeof document === 'object' && 'inputs' in document ? document.inputs : document;
  const { values, errors } = parseTypedValues(sizingSpec, inputs);
  if (errors.length > 0) {
    return { raw: {}, errors: errors.map((error) => `--inputs ${path}: ${error.field ? `"${error.field}": ` : ''}${error.message}.`) };
  }
  const byName = values as Record<string, unknown>;
  return { raw: Object.fromEntries(sizingSpec.fields.map((field) => [field.name, formatFieldValue(byName[field.name])])), errors: [] };
}

export function runSizeCli(argv: readonly string[], readFile: (path: string) => string = (path) => readFileSync(path, 'utf8')): CliOutcome {
  const parsed = parseCliArgs(sizingSpec, argv, commandSwitches);
  if (parsed.switches.has('help')) {
    return { exitCode: 0, stdout: `${cliHelpText(sizingSpec, usage, commandSwitches)}\n`, stderr: '' };
  }
  const inputsPath = parsed.switches.get('inputs');
  const fromFile = inputsPath === undefined ? { raw: {}, errors: [] } : inputsFromFile(inputsPath, readFile);
  const { values, errors } = parseRawValues(sizingSpec, { ...fromFile.raw, ...parsed.raw });
  const messages = [...parsed.errors, ...fromFile.errors, ...errors.map((error) => `--${error.field}: ${error.message}.`)];
  if (messages.length > 0) {
    return { exitCode: 2, stdout: '', stderr: `${messages.join('\n')}\nRun with --help for the list of flags.\n` };
  }
  const result = runSizing(values);
  const report = parsed.switches.has('json') ? `${JSON.stringify(result, null, 2)}\n` : formatSizingReport(result);
  const stdout = parsed.switches.has('explain') && !parsed.switches.has('json') ? `${report}\n${formatExplain(result)}` : report;
  return { exitCode: 0, stdout, stderr: '' };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const outcome = runSizeCli(process.argv.slice(2));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
}
