/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (tsx on this
 * Node), one after another so they do not compete for the two cores, and
 * writes bench/results.md: date, Node and Astro versions, the machine, then
 * each file's stdout under its own heading. Benchmarks print figures; nothing
 * here asserts on time. Pass name fragments to run a subset:
 * `npm run bench -- lighthouse build-scaling`; the other files' sections in an
 * existing results.md are kept as they were.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const BENCH_DIR = import.meta.dirname;
const ROOT = join(BENCH_DIR, '..');
const GB = 1e9;

interface BenchRun {
  file: string;
  status: number | null;
  seconds: number;
  /** When it started, ISO 8601. */
  at: string;
  stdout: string;
  stderr: string;
}

function packageVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

function benchFiles(filters: string[]): string[] {
  const all = readdirSync(BENCH_DIR).filter((name) => name.endsWith('.bench.ts')).sort();
  const chosen = filters.length ? all.filter((name) => filters.some((f) => name.includes(f))) : all;
  if (chosen.length === 0) {
    throw new Error(`No bench/*.bench.ts matches ${filters.map((f) => `"${f}"`).join(', ')}; files: ${all.join(', ')}`);
  }
  return chosen;
}

function runBench(file: string): BenchRun {
  console.log(`▶ ${file}`);
  const at = new Date().toISOString();
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(BENCH_DIR, file)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${result.status === 0 ? 'done' : `failed (exit ${result.status ?? result.signal})`} in ${seconds.toFixed(1)} s`);
  return { file, status: result.status, seconds, at, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function machine(): string {
  const cores = cpus();
  return `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / GB).toFixed(1)} GB memory (${(freemem() / GB).toFixed(1)} GB free at start), Linux ${release()}`;
}

function section(run: BenchRun): string {
  const lines = [`## ${run.file}`, '', `Ran ${run.at}, for ${run.seconds.toFixed(1)} s, exit ${run.status}.`, '', run.stdout.trim() || '(no output)'];
  if (run.status !== 0) lines.push('', 'stderr (last 40 lines):', '', '```text', run.stderr.trim().split('\n').slice(-40).join('\n'), '```');
  return lines.join('\n');
}

/** The sections of an existing results.md, by bench file name. */
function previousSections(path: string): Map<string, string> {
  const sections = new Map<string, string>();
  if (!existsSync(path)) return sections;
  for (const part of readFileSync(path, 'utf8').split(/^(?=## )/m).slice(1)) {
    const name = /^## (\S+)/.exec(part)?.[1];
    if (name) sections.set(name, part.trim());
  }
  return sections;
}

const RESULTS = join(BENCH_DIR, 'results.md');
const runs = benchFiles(process.argv.slice(2)).map(runBench);
const sections = previousSections(RESULTS);
for (const run of runs) sections.set(run.file, section(run));
// Only files that still exist, in file-name order.
const current = new Set(readdirSync(BENCH_DIR).filter((name) => name.endsWith('.bench.ts')));
const ordered = [...sections].filter(([name]) => current.has(name)).sort(([a], [b]) => a.localeCompare(b)).map(([, text]) => text);
const header = [
  '# Benchmark results',
  '',
  `- Date: ${new Date().toISOString()} (this run: ${runs.map((run) => run.file).join(', ')}; each section says when it ran)`,
  `- Node ${process.version}, Astro ${packageVersion('astro')}`,
  `- Machine: ${machine()}`,
  '- Units: KB = 1000 bytes, MB = 10^6 bytes, GB = 10^9 bytes. Written by `npm run bench` (bench/run.ts); figures only, no pass/fail on time.',
];
writeFileSync(RESULTS, `${[header.join('\n'), ...ordered].join('\n\n')}\n`);
console.log('Wrote bench/results.md');
const failed = runs.filter((run) => run.status !== 0);
if (failed.length) {
  console.error(`${failed.length} benchmark(s) failed: ${failed.map((run) => run.file).join(', ')} (stderr in bench/results.md)`);
  process.exitCode = 1;
}
