import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAttributeCli } from './attribute';

const FIXTURES = 'src/lib/kafka/parsers/fixtures';
const files: Record<string, string> = {
  'bill.csv': 'pool,amount\ncompute,300.00\ningress,90.00\nlocal-storage,180.00\nadjustments,-50.00\n',
  'usage.csv': 'topic,bytes_in,bytes_out,replicated_bytes\norders,600,1800,900\nclicks,300,300,300\naudit,0,0,600\n__consumer_offsets,0,0,60\n',
  'rules.txt': 'prefix:orders => payments\nexact:clicks => web\n',
  'bad-rules.txt': 'prefix:orders => payments\nregex:([ => web\n',
  'bad-usage.csv': 'topic,bytes_in\norders,600\nclicks,three hundred\n',
  'in.prom': 'bytes_in_total{topic="orders"} 1200\nbytes_in_total{topic="clicks"} 300\nbytes_in_total 1500\n',
};
const readFile = (path: string): string => {
  if (path in files) return files[path]!;
  if (path.startsWith(FIXTURES)) return readFileSync(path, 'utf8');
  throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
};
const cli = (...args: string[]) => runAttributeCli(args, readFile);

describe('runAttributeCli', () => {
  it('charges egress to consuming teams with --egress consumers, from kafka-consumer-groups output', () => {
    files['egress-bill.csv'] = 'pool,amount\negress,90.00\n';
    files['groups-rules.txt'] = 'prefix:orders => payments\nexact:clicks => web\nexact:billing-svc => billing\nexact:search-indexer => search\n';
    const args = ['--bill', 'egress-bill.csv', '--usage', 'usage.csv', '--usage', `${FIXTURES}/consumer-groups.txt`, '--rules', 'groups-rules.txt', '--json'];
    // egress by bytes out 1800:300: orders 7714.29 → 7714, clicks 1285.71 → 1286. orders' three groups take a third
    // each (2571.33): audit-export maps to no team, so its third stays on orders, which also wins the tied leftover
    // cent by name; clicks' only group, search-indexer, is search's.
    const json = JSON.parse(cli(...args, '--egress', 'consumers').stdout);
    const teams = Object.fromEntries(
      json.teams.filter((t: { amountCents: number }) => t.amountCents !== 0).map((t: { team: string; amountCents: number }) => [t.team, t.amountCents]),
    );
    expect(teams).toEqual({ payments: 2572, billing: 2571, search: 2571 + 1286 });
    expect(json.warnings).toContain("Egress: no rule maps 1 consumer group(s) (audit-export) to a team, so the topics' owners keep their shares");
    const bad = cli(...args, '--egress', 'blend', '--egress-owner-percent', '150');
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toBe('attribute: --egress-owner-percent must be a whole number from 0 to 100; got "150"\n');
  });

  it('splits compute by --team-quota reserved quotas (Lenses-style) and names the flag of a bad quota', () => {
    const args = ['--bill', 'bill.csv', '--usage', 'usage.csv', '--rules', 'rules.txt', '--driver', 'compute=reserved-quota', '--json'];
    const json = JSON.parse(cli(...args, '--team-quota', 'payments=3', '--team-quota', 'web=1').stdout);
    const compute = json.lines.filter((l: { pool: string }) => l.pool === 'compute').map((l: { topic: string; amountCents: number }) => [l.topic, l.amountCents]);
    // 300.00 as 3:1 → payments (orders) 225.00, web (clicks) 75.00
    expect(compute).toEqual([
      ['orders', 22500],
      ['clicks', 7500],
    ]);
    expect(cli(...args, '--team-quota', 'payments=3', '--team-quota', 'web=none').stderr).toBe(
      'attribute: --team-quota #2: expected "team = quota" such as "payments = 10 MB/s", got "web=none"\n',
    );
  });

  it('splits ingress by --records-in when the ingress driver is records-in', () => {
    const json = JSON.parse(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--records-in', 'in.prom', '--driver', 'ingress=records-in', '--json').stdout);
    const ingress = json.lines.filter((l: { pool: string }) => l.pool === 'ingress').map((l: { topic: string; amountCents: number }) => [l.topic, l.amountCents]);
    // in.prom: orders 1200, clicks 300 records → 9000 cents as 7200 / 1800
    expect(ingress).toEqual([
      ['clicks', 1800],
      ['orders', 7200],
    ]);
  });

  it('splits fixed costs by --team-share percentages and names the flag of a bad share', () => {
    const bill = 'fixed-bill.csv';
    files[bill] = 'pool,amount\ncompute,300.00\nfixed,100.00\n';
    const args = ['--bill', bill, '--usage', 'usage.csv', '--rules', 'rules.txt', '--driver', 'fixed=team-percent', '--json'];
    const json = JSON.parse(cli(...args, '--team-share', 'payments=70', '--team-share', 'finance=30').stdout);
    const fixed = json.lines.filter((l: { pool: string }) => l.pool === 'fixed').map((l: { topic: string; team: string; amountCents: number }) => [l.topic, l.team, l.amountCents]);
    expect(fixed).toEqual([
      ['orders', 'payments', 7000],
      ['(shared overhead for finance)', 'finance', 3000],
    ]);
    const twice = cli(...args, '--team-share', 'payments=70', '--team-share', 'payments=30');
    expect(twice.exitCode).toBe(2);
    expect(twice.stderr).toBe('attribute: --team-share #2: payments already has a share on --team-share #1\n');
    expect(cli(...args, '--team-share', 'payments=70').stderr).toBe('attribute: --team-share: the team shares add up to 70%, not 100%\n');
  });

  it('prints JSON whose lines sum to the bill (hand-checked split)', () => {
    const result = cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--rules', 'rules.txt', '--json');
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.totalCents).toBe(52000);
    // compute 30000 by 2400:600; ingress 9000 by 600:300; storage 18000 by 900:300:600
    // pre-credit totals 39000, 12000, 6000 of 57000; credit -5000 → -3421.05, -1052.63, -526.32
    // → floors -3421, -1052, -526 leave 1 cent for the largest fraction (clicks, .63)
    expect(json.topics.map((t: { topic: string; amountCents: number }) => [t.topic, t.amountCents])).toEqual([
      ['orders', 39000 - 3421],
      ['clicks', 12000 - 1053],
      ['audit', 6000 - 526],
      ['__consumer_offsets', 0],
    ]);
    expect(json.topics[0].pools).toEqual({ compute: 24000, ingress: 6000, 'local-storage': 9000, adjustments: -3421 });
    expect(json.teams).toEqual([
      { team: 'payments', kind: 'team', amountCents: 35579 },
      { team: 'web', kind: 'team', amountCents: 10947 },
      { team: 'Unallocated', kind: 'unallocated', amountCents: 5474 },
      { team: 'Platform', kind: 'platform', amountCents: 0 },
    ]);
    expect(json.lines.reduce((sum: number, line: { amountCents: number }) => sum + line.amountCents, 0)).toBe(52000);
    // Lines come pool by pool, topics in name order.
    expect(json.lines[1]).toEqual({
      pool: 'compute', topic: 'orders', team: 'payments', driver: 'bytes_in + bytes_out', driverValue: '2400',
      share: '0.8', amountCents: 24000, method: 'proportional', fallbackTier: 0, roundingAdjCents: 0,
    });
  });

  it('applies policy flags: internal to Platform, unmapped to Platform', () => {
    const json = JSON.parse(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--rules', 'rules.txt', '--internal', 'platform', '--unallocated', 'platform', '--json').stdout);
    expect(json.teams.map((t: { team: string }) => t.team)).toEqual(['payments', 'web', 'Platform']);
    expect(json.totalCents).toBe(52000);
  });

  it('reads a metric file for bytes in, dropping the broker total', () => {
    const json = JSON.parse(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--bytes-in', 'in.prom', '--json').stdout);
    // ingress 9000 now by 1200:300 from the Prometheus file (it replaces the CSV's bytes_in)
    const ingress = json.lines.filter((l: { pool: string }) => l.pool === 'ingress').map((l: { topic: string; amountCents: number }) => [l.topic, l.amountCents]);
    expect(ingress).toEqual([['clicks', 1800], ['orders', 7200]]);
    expect(json.warnings).toContain('in.prom: 1 series without a topic label (broker totals) dropped');
  });

  it('runs on the example fixtures and prints a reconciled text report', () => {
    const result = cli('--bill', `${FIXTURES}/bill.csv`, '--usage', `${FIXTURES}/usage.csv`, '--rules', `${FIXTURES}/rules.txt`);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Sum of \d+ lines = 16100\.00 = bill 16100\.00$/m);
  });

  it('prints line-item CSV', () => {
    const result = cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--csv');
    expect(result.stdout.split('\r\n')[0]).toBe('pool,topic,team,driver,driver_value,share,amount,method');
    expect(result.stdout.split('\r\n')[2]).toBe('compute,orders,Unallocated,bytes_in + bytes_out,2400,0.8,240,proportional');
  });

  it('names the file, line and problem for bad input, with a non-zero exit', () => {
    expect(cli('--bill', 'bill.csv', '--usage', 'bad-usage.csv')).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'attribute: bad-usage.csv: line 3, column bytes_in: expected a non-negative number, got "three hundred"\n',
    });
    expect(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--rules', 'bad-rules.txt').stderr).toMatch(/^attribute: bad-rules.txt: rules line 2: invalid regular expression/);
    expect(cli('--bill', 'missing.csv', '--usage', 'usage.csv').stderr).toBe(`attribute: missing.csv: cannot read the file (no such file; looked for ${resolve('missing.csv')})\n`);
    expect(cli('--bill', 'usage.csv', '--usage', 'usage.csv').stderr).toMatch(/usage.csv: line 1: this looks like Usage CSV, not a bill/);
  });

  it('rejects bad flags with the usage text', () => {
    expect(cli('--usage', 'usage.csv').stderr).toMatch(/^attribute: --bill is required/);
    expect(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--idle', 'sometimes').stderr).toBe('attribute: --idle must be one of separate, share, platform; got "sometimes"\n');
    expect(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--zones', '0').stderr).toBe('attribute: --zones must be a whole number from 1 to 6; got "0"\n');
    // The range of policyCatalog.ts, which the scenario reader and the panel use too.
    expect(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--zones', '7').stderr).toBe('attribute: --zones must be a whole number from 1 to 6; got "7"\n');
    expect(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--zones', '6').exitCode).toBe(0);
    expect(cli('--help').stdout).toContain('availability zones, 1 to 6 (default 3)');
    expect(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--driver', 'compute=vibes').stderr).toMatch(/--driver compute=vibes: the compute pool can use throughput/);
    const unknown = cli('--bill', 'bill.csv', '--frobnicate');
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--frobnicate'[\s\S]*Usage: npm run attribute/);
  });

  it('resolves files from the directory the command was run in (INIT_CWD) and says where it looked', () => {
    const read: string[] = [];
    const fromDir = (path: string): string => {
      read.push(path);
      const name = path.replace('/home/me/costs/', '');
      if (name in files) return files[name]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    };
    expect(runAttributeCli(['--bill', 'bill.csv', '--usage', 'usage.csv'], fromDir, '/home/me/costs').exitCode).toBe(0);
    expect(read).toEqual(['/home/me/costs/bill.csv', '/home/me/costs/usage.csv']);
    expect(runAttributeCli(['--bill', 'nope.csv', '--usage', 'usage.csv'], fromDir, '/home/me/costs').stderr).toBe(
      'attribute: nope.csv: cannot read the file (no such file; looked for /home/me/costs/nope.csv)\n',
    );
  });

  it('states the billing semantics, every policy and the tie-break in the text and the JSON', () => {
    const text = cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--billing', 'msk').stdout;
    expect(text).toContain('Policies\n');
    expect(text).toContain('  Replication transfer: Free (Amazon MSK)\n');
    expect(text).toContain('  Leftover cents when remainders tie: Each split floors every exact share, then gives the cents left over to the largest remainders; tied remainders go to the first by name');
    expect(text).toContain('  Driver for Compute / capacity: ');
    const json = JSON.parse(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--json', '--tie-break', 'rotate-by-period', '--tie-break-period', '7').stdout);
    const stated = Object.fromEntries(json.policies.map((p: { policy: string; value: string }) => [p.policy, p.value]));
    expect(stated).toMatchObject({ billing: 'self-managed', tieBreak: 'rotate-by-period', tieBreakPeriod: '7', egressPayer: 'owner', 'drivers.compute': 'throughput' });
  });

  it('warns about a policy value that the chosen drivers never read', () => {
    const json = JSON.parse(cli('--bill', 'bill.csv', '--usage', 'usage.csv', '--json', '--team-quota', 'payments=10', '--egress-owner-percent', '70', '--tie-break-period', '3').stdout);
    expect(json.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Reserved quota per team .*: set, but the compute pool is split by bytes_in \+ bytes_out, so the quotas are not used/),
        'Owner’s share in a blend (%) is 70, but egress is paid by "The topic’s owner", not a blend, so it is not used',
        'Billing period number, for rotating tied cents is 3, but ties go by name every period, so it is not used (choose rotate-by-period)',
      ]),
    );
  });

  it('prints help', () => {
    expect(cli('--help')).toMatchObject({ exitCode: 0, stderr: '' });
  });
});
