/**
 * The allocation and sizing models against an earlier revision, in one process and in turns (A, B,
 * A, B, …), so both see the same machine load: the ratio of the medians says whether a change made
 * them slower. BASELINE_REV (default 57b944e, the last commit before the calculator core was
 * reworked) is checked out into a temporary git worktree with this project's node_modules linked
 * in, then removed. Prints figures; no assertions. Run: `npm run bench -- before-after`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { allocationWorkload, sizingWorkloads } from './workloads';

const ROOT = join(import.meta.dirname, '..');
const BASELINE_REV = process.env['BASELINE_REV'] ?? '57b944e';
const ROUNDS = 15;

interface Models {
  allocate: () => unknown;
  size: () => unknown;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function allocationRun(model: Record<string, unknown>): () => unknown {
  const { allocateCosts, DEFAULT_POLICIES, parseMappingRules } = model as {
    allocateCosts: (input: unknown) => unknown;
    DEFAULT_POLICIES: unknown;
    parseMappingRules: (text: string) => { rules: unknown };
  };
  const { topics, bill, rulesText } = allocationWorkload();
  const input = { bill, topics, rules: parseMappingRules(rulesText).rules, policies: DEFAULT_POLICIES };
  return () => allocateCosts(input);
}

function sizingRun(model: Record<string, unknown>): () => unknown {
  const { runSizing, sizingSpec, defaultValues, brokerCatalog } = model as {
    runSizing: (values: unknown) => unknown;
    sizingSpec: unknown;
    defaultValues: (spec: unknown) => Record<string, unknown>;
    brokerCatalog: { id: string }[];
  };
  const inputs = sizingWorkloads(defaultValues(sizingSpec), brokerCatalog);
  // 200 passes over the workloads, so one sample is long enough to time.
  return () => {
    for (let pass = 0; pass < 200; pass += 1) for (const values of inputs) runSizing(values);
  };
}

async function loadModels(root: string): Promise<Models> {
  const load = async (path: string) => (await import(pathToFileURL(join(root, path)).href)) as Record<string, unknown>;
  const attribution = {
    ...(await load('src/lib/kafka/attribution/allocateCosts.ts')),
    ...(await load('src/lib/kafka/attribution/model.ts')),
    ...(await load('src/lib/kafka/attribution/teamMapping.ts')),
  };
  const sizing = {
    ...(await load('src/lib/kafka/sizing/sizeCluster.ts')),
    ...(await load('src/lib/kafka/sizing/sizingFields.ts')),
    ...(await load('src/lib/inputs/fieldSpec.ts')),
    ...(await load('src/lib/kafka/catalog/brokerCatalog.ts')),
  };
  return { allocate: allocationRun(attribution), size: sizingRun(sizing) };
}

/** CPU milliseconds of one call: steadier than wall time on a shared machine. */
function cpuMs(work: () => unknown): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function compare(name: string, before: () => unknown, after: () => unknown): void {
  for (let i = 0; i < 3; i += 1) {
    before();
    after();
  }
  const samples = { before: [] as number[], after: [] as number[] };
  const wall = { before: [] as number[], after: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [side, work] of [['before', before], ['after', after]] as const) {
      const started = performance.now();
      samples[side].push(cpuMs(work));
      wall[side].push(performance.now() - started);
    }
  }
  const ratio = median(samples.after) / median(samples.before);
  console.log(
    `| ${name} | ${median(samples.before).toFixed(1)} | ${median(samples.after).toFixed(1)} | ${median(wall.before).toFixed(1)} | ${median(wall.after).toFixed(1)} | ${ratio.toFixed(2)} |`,
  );
}

async function main(): Promise<void> {
  const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const worktree = join(mkdtempSync(join(tmpdir(), 'bench-baseline-')), 'tree');
  execFileSync('git', ['worktree', 'add', '--quiet', '--detach', worktree, BASELINE_REV], { cwd: ROOT });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(worktree, 'node_modules'));
    const before = await loadModels(worktree);
    const after = await loadModels(ROOT);
    console.log(`Before: ${BASELINE_REV}; after: this tree (HEAD ${head}, with any uncommitted changes). Medians of ${ROUNDS} turns each, in one process, alternating.`);
    console.log('');
    console.log('| Model | before (ms CPU) | after (ms CPU) | before (ms wall) | after (ms wall) | after / before (CPU) |');
    console.log('| --- | --: | --: | --: | --: | --: |');
    compare('allocateCosts, 10,000 topics × 9 pools', before.allocate, after.allocate);
    compare('runSizing, every broker type × 3 workloads × 200 passes', before.size, after.size);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: ROOT });
    rmSync(join(worktree, '..'), { recursive: true, force: true });
  }
}

await main();
