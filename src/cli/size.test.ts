import { describe, expect, it } from 'vitest';
import { numericText } from '../lib/calculators/formula';
import { sizeCluster } from '../lib/kafka/sizing/sizeCluster';
import { sizingSpec } from '../lib/kafka/sizing/sizingFields';
import { defaultValues } from '../lib/inputs/fieldSpec';
import { formatExplain, runSizeCli } from './size';

describe('runSizeCli', () => {
  it('prints the whole result as JSON with the fields the issue lists', () => {
    const outcome = runSizeCli(['--write-peak', '100', '--fanout', '3', '--rf', '3', '--zones', '3', '--instance', 'm7g.2xlarge', '--json']);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toBe('');
    const result = JSON.parse(outcome.stdout);
    expect(result.brokers).toBe(6);
    expect(result.binding).toBe('storage');
    expect(result.maxWritePeakResource).toBe('storage');
    expect(result.crossAz.billing).toBe('self-managed');
    expect(result.constraints.networkOut.brokersNeeded).toBeCloseTo(2, 9);
    expect(result.constraints.networkOut.formula).toContain('(fan-out 3 + RF 3 − 1)');
    expect(Object.keys(result.perBroker)).toEqual(
      expect.arrayContaining(['networkInMBps', 'networkOutMBps', 'diskWriteMBps', 'diskReadMBps', 'storageGB']),
    );
    expect(Object.keys(result.utilization)).toEqual(expect.arrayContaining(['normal', 'failure']));
    expect(result.crossAz.monthlyCost).toBeCloseTo(24528, 6);
    expect(Object.keys(result.crossAz)).toEqual(expect.arrayContaining(['MBps', 'monthlyGB', 'monthlyCost']));
    expect(Object.keys(result.storage)).toEqual(expect.arrayContaining(['clusterGB', 'provisionedPerBrokerGB', 'maxLocalRetentionHours']));
    expect(typeof result.maxWritePeakMBps).toBe('number');
    expect(Object.keys(result.cost.monthly)).toEqual(expect.arrayContaining(['brokers', 'storage', 'tiered', 'crossAz', 'total']));
    expect(Array.isArray(result.warnings)).toBe(true);
    expect(result.assumptions[0]).toBe('Units: MB = 10^6 bytes, GB = 10^9 bytes, a month = 730 hours.');
    expect(result.units).toEqual({ MB: '10^6 bytes', GB: '10^9 bytes', month: '730 hours' });
  });

  it('switches to evaluate mode with --brokers', () => {
    const result = JSON.parse(runSizeCli(['--fanout', '3', '--brokers', '6', '--json']).stdout);
    expect(result.mode).toBe('evaluate');
    expect(result.brokers).toBe(6);
    expect(result.perBroker.networkInMBps).toBe(50);
  });

  it('prints a readable table without --json', () => {
    const outcome = runSizeCli(['--fanout', '3']);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('Recommendation: 6 brokers. Storage needs 3.718 brokers → 4. Rounded up to 6, a multiple of 3 zones.');
    expect(outcome.stdout).toMatch(/^Storage \* +3\.718 +4 +ceil\(/m);
    // 500 MB/s out over 6 brokers of 468.75 MB/s: 17.8%, × 1.5 with a zone down: 26.7%.
    expect(outcome.stdout).toMatch(/^Network out +17\.8% +26\.7% +80\.0%$/m);
    expect(outcome.stdout).toContain('Largest peak write rate within the caps: 161.9 MB/s (set by storage)');
    expect(outcome.stdout).toContain(
      'Cross-zone: 466.7 MB/s, 1,226,400 GB/month, $24,528/month (self-managed billing from the broker type); consumers on leaders $24,528/month, with fetch from follower $14,016/month',
    );
    expect(outcome.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('lists every flag with unit and default in --help', () => {
    const outcome = runSizeCli(['--help']);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('  --write-peak <MB/s>\n      Peak write rate.');
    expect(outcome.stdout).toContain('Default: 100.');
    expect(outcome.stdout).toContain('  --failure <none|broker|zone>');
    expect(outcome.stdout).toContain('  --fetch-from-follower\n');
    expect(outcome.stdout).toContain('  --billing <auto|self-managed|msk>');
    expect(outcome.stdout).toContain('  --brokers <brokers>');
    expect(outcome.stdout).toContain('  --json\n');
    expect(outcome.stdout).toContain('  --inputs <file.json>\n');
  });

  it('exits non-zero with a message naming each bad flag', () => {
    const outcome = runSizeCli(['--write-peak', '-5', '--rff', '3', '--failure', 'rack', '--instance', 'm9.huge']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.split('\n')).toEqual([
      '--write-peak: Peak write rate must be at least 0.01 MB/s.',
      'Unknown flag --rff (see --help for the list).',
      'Unexpected argument “3”: every input is a --flag (see --help).',
      '--failure: Failure to survive at full load must be one of none, broker, zone; got “rack”.',
      '--instance: Broker type must be one of the 54 listed values (m5.large, m5.xlarge, m5.2xlarge, …); got “m9.huge”.',
      'Run with --help for the list of flags.',
      '',
    ]);
  });

  it('starts from a JSON inputs file (the page\'s Download JSON) and lets flags override it', () => {
    const files: Record<string, string> = {
      'export.json': JSON.stringify({ inputs: { 'write-peak': 250, fanout: 2, instance: 'm7g.4xlarge' }, result: {} }),
      'flat.json': '{ "write-peak": 50, "brokers": null }',
    };
    const read = (path: string) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return content;
    };
    const fromExport = JSON.parse(runSizeCli(['--inputs', 'export.json', '--fanout', '3', '--json'], read).stdout);
    expect(fromExport.workload).toMatchObject({ writePeakMBps: 250, readPeakMBps: 750 });
    expect(fromExport.brokerType.id).toBe('m7g.4xlarge');
    expect(JSON.parse(runSizeCli(['--inputs', 'flat.json', '--json'], read).stdout).workload.writePeakMBps).toBe(50);
  });

  it('names the file and the field when the inputs file is wrong', () => {
    const read = (path: string) => (path === 'bad.json' ? '{ "rf": 0, "speed": 1 }' : '{ "rf": ');
    expect(runSizeCli(['--inputs', 'bad.json'], read).stderr.split('\n').slice(0, 2)).toEqual([
      '--inputs bad.json: "rf": Replication factor must be at least 1 copies.',
      '--inputs bad.json: "speed": Unknown input “speed”.',
    ]);
    const broken = runSizeCli(['--inputs', 'broken.json'], read);
    expect(broken.exitCode).toBe(2);
    expect(broken.stderr).toMatch(/^--inputs broken\.json: .*JSON.*\.\n/);
    expect(runSizeCli(['--inputs', 'missing.json'], () => {
      throw new Error("ENOENT: no such file or directory, open 'missing.json'");
    }).stderr).toContain("--inputs missing.json: ENOENT: no such file or directory, open 'missing.json'.");
  });

  it('prints the model\'s formulas, symbolic and with the numbers, with --explain', () => {
    const result = sizeCluster({ ...defaultValues(sizingSpec), instance: 'express.m7g.4xlarge' });
    const outcome = runSizeCli(['--instance', 'express.m7g.4xlarge', '--explain']);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('Recommendation: ');
    expect(outcome.stdout.endsWith(formatExplain(result))).toBe(true);
    for (const section of result.explain) {
      expect(outcome.stdout).toContain(`\n${section.title}\n`);
      for (const formula of section.formulas) {
        expect(outcome.stdout).toContain(`  ${formula.name}: ${numericText(formula)}\n`);
        if (formula.substituted !== '') expect(outcome.stdout).toContain(`      ${formula.symbolic}\n`);
      }
    }
    expect(runSizeCli(['--instance', 'express.m7g.4xlarge']).stdout).not.toContain('Explain:');
    expect(runSizeCli(['--help']).stdout).toContain('  --explain\n');
  });

  it('reports cross-field problems against the flag', () => {
    const outcome = runSizeCli(['--rf', '3', '--brokers', '2']);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain('--brokers: The replication factor (3) cannot exceed the broker count (2).');
  });
});
