/**
 * The parser fuzzers of `npm test` (src/lib/kafka/parsers/parsers.fuzz.test.ts), run much longer:
 * FUZZ_RUNS inputs per fuzzer (default here 5,000, against 150 in CI) from a seed that changes
 * every day, printed so a failure can be replayed with `FUZZ_SEED=… FUZZ_RUNS=… npx vitest run
 * src/lib/kafka/parsers/parsers.fuzz.test.ts`. Prints what ran and how it ended; no timed assertions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '..');
const FILE = 'src/lib/kafka/parsers/parsers.fuzz.test.ts';
const runs = process.env['FUZZ_RUNS'] ?? '5000';
const seed = process.env['FUZZ_SEED'] ?? new Date().toISOString().slice(0, 10).replaceAll('-', '');

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

const outDir = mkdtempSync(join(tmpdir(), 'fuzz-'));
const report = join(outDir, 'report.json');
const started = performance.now();
const result = spawnSync('npx', ['vitest', 'run', FILE, '--reporter=json', `--outputFile=${report}`, '--testTimeout=0'], {
  cwd: ROOT,
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed },
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
const seconds = (performance.now() - started) / 1000;
try {
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  const fuzzers = parsed.testResults.flatMap((file) => file.assertionResults).filter((test) => !test.fullName.includes('every word replaced'));
  console.log(`Parser fuzzers, seed ${seed}: ${fuzzers.length} fuzzers × ${Number(runs).toLocaleString('en-US')} inputs = ${(fuzzers.length * Number(runs)).toLocaleString('en-US')} mutated inputs, plus the prototype-key sweep`);
  console.log(`${parsed.numPassedTests} of ${parsed.numTotalTests} properties held, ${parsed.numFailedTests} failed, in ${seconds.toFixed(1)} s`);
  for (const test of parsed.testResults.flatMap((file) => file.assertionResults).filter((t) => t.status === 'failed')) {
    console.log(`FAILED ${test.fullName}: ${test.failureMessages[0]?.split('\n').slice(0, 6).join(' ')}`);
  }
} catch {
  console.log(`The fuzz run produced no report (exit ${result.status}): ${result.stderr.slice(-2000)}`);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
process.exitCode = result.status ?? 1;
