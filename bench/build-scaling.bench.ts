/**
 * Build scaling: N synthetic posts (about 1,200 words each, with headings,
 * code blocks, a table, and math in every third) are generated into the
 * content folder of a throw-away copy of the project, and the full build
 * (`npm run build`: Astro, then Pagefind in astro:build:done) is timed for
 * N = 0, 200 and 1,000 (BUILD_SCALING_SIZES), from a cold cache each time.
 * Reports seconds, seconds per post and the peak memory of the largest process
 * (GNU time's maximum resident set size); medians when BUILD_SCALING_RUNS > 1.
 * Run alone: `npx tsx bench/build-scaling.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyProject } from '../tests/support/projectCopy';

const SIZES = (process.env.BUILD_SCALING_SIZES ?? '0,200,1000').split(',').map((s) => Number(s.trim()));
const RUNS = Number(process.env.BUILD_SCALING_RUNS ?? 1);
const MB = 1e6;

const WORDS = (
  'broker partition replica leader follower consumer producer offset segment retention throughput latency ' +
  'batch compression acknowledgement quorum controller topic stream window watermark state store changelog ' +
  'compaction tiered storage disk network bandwidth zone region cost bill instance capacity headroom rebalance ' +
  'lag fetch request queue thread memory cache page index log cluster schema registry connector sink source ' +
  'agent prompt review change test diff model token context session terminal budget forecast estimate'
).split(' ');
const TAGS = ['kafka', 'sizing', 'cost', 'streaming', 'aws', 'msk', 'coding-agents', 'tooling', 'finops', 'storage', 'networking', 'latency'];

/** Deterministic pseudo-random numbers (a linear congruential generator), so every run builds the same posts. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** One synthetic post of about 1,200 words as MDX, like the real posts. */
function syntheticPost(index: number): string {
  const random = generator(index + 1);
  const word = () => WORDS[Math.floor(random() * WORDS.length)] ?? 'kafka';
  const sentence = (length: number) => {
    const words = Array.from({ length }, word);
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraph = () => Array.from({ length: 5 }, () => sentence(10 + Math.floor(random() * 8))).join(' ');
  const tags = [...new Set([TAGS[index % TAGS.length], TAGS[(index * 7 + 3) % TAGS.length], TAGS[(index * 5 + 1) % TAGS.length]])];
  const day = new Date(Date.UTC(2020, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
  const sections: string[] = [];
  for (let s = 1; s <= 5; s++) {
    sections.push(`## ${sentence(4).slice(0, -1)} ${s}`, paragraph(), paragraph());
    if (s === 2) {
      sections.push('```ts', `export function sizeBrokers${index}(mbPerSecond: number, perBroker = 40): number {`, '  // Round up: a fraction of a broker is a whole broker.', '  return Math.ceil(mbPerSecond / perBroker);', '}', '```');
    }
    if (s === 3) {
      sections.push(`### ${sentence(3).slice(0, -1)}`, paragraph());
      sections.push('| Constraint | Per broker | Brokers |', '| --- | --: | --: |', '| Ingress | 40 MB/s | 6 |', '| Storage | 2 TB | 9 |', '| Partitions | 4,000 | 3 |');
    }
    if (s === 4) sections.push('```yaml', 'retention.ms: 604800000', 'replication.factor: 3', 'min.insync.replicas: 2', '```');
    if (s === 5 && index % 3 === 0) {
      sections.push('The broker count is the largest of the constraints:', '', '$$', 'B = \\max\\left(\\left\\lceil \\frac{R \\cdot W}{T} \\right\\rceil, \\left\\lceil \\frac{S}{D} \\right\\rceil\\right)', '$$', '', `where $$R$$ is the replication factor and $$W$$ the write rate.`);
    }
    sections.push(paragraph());
  }
  return [
    '---',
    `title: "Synthetic post ${index}: ${sentence(5).slice(0, -1)}"`,
    `description: "${sentence(14)}"`,
    `pubDate: ${day}`,
    'tags:',
    ...tags.map((tag) => `  - ${tag}`),
    '---',
    '',
    paragraph(),
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

interface BuildRun {
  seconds: number;
  peakRssBytes: number;
  pages: number;
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

function timedBuild(posts: number): BuildRun {
  const copy = copyProject('bench-build-scaling-');
  try {
    for (let i = 0; i < posts; i++) writeFileSync(join(copy.dir, 'content/posts', `bench-synthetic-${String(i).padStart(4, '0')}.mdx`), syntheticPost(i));
    const started = performance.now();
    const result = spawnSync('/usr/bin/time', ['-v', 'npm', 'run', 'build'], {
      cwd: copy.dir,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 256 * 1024 * 1024,
      timeout: 60 * 60 * 1000,
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) {
      const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
      throw new Error(`The build with ${posts} synthetic posts failed (exit ${result.status ?? result.signal}):\n${tail}`);
    }
    // GNU time prints kibibytes.
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
    if (!rss) throw new Error('GNU time printed no "Maximum resident set size" line: is /usr/bin/time GNU time?');
    return { seconds, peakRssBytes: Number(rss) * 1024, pages: countHtml(join(copy.dir, 'dist')) };
  } finally {
    copy.remove();
  }
}

function main(): void {
  if (SIZES.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`BUILD_SCALING_SIZES must be whole numbers ≥ 0 separated by commas, got "${process.env.BUILD_SCALING_SIZES}"`);
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BUILD_SCALING_RUNS must be a whole number ≥ 1, got "${process.env.BUILD_SCALING_RUNS}"`);
  const results = SIZES.map((posts) => {
    const runs = Array.from({ length: RUNS }, () => timedBuild(posts));
    return { posts, seconds: median(runs.map((r) => r.seconds)), peakRssBytes: median(runs.map((r) => r.peakRssBytes)), pages: runs[0]?.pages ?? 0 };
  });
  const baseline = results.find((r) => r.posts === 0);
  console.log(`Full build (\`npm run build\`: Astro + Pagefind) of a fresh project copy with N synthetic posts added to the real content; ${RUNS === 1 ? 'one build each' : `median of ${RUNS} builds`}.`);
  console.log('Seconds per post: the whole build divided by N, and the extra time over the N = 0 build divided by N.\n');
  console.log('| Synthetic posts (N) | HTML pages | Build (s) | s per post | Extra s per post over N = 0 | Peak memory (MB) |');
  console.log('| --: | --: | --: | --: | --: | --: |');
  for (const r of results) {
    const perPost = r.posts > 0 ? (r.seconds / r.posts).toFixed(3) : '–';
    const marginal = r.posts > 0 && baseline ? ((r.seconds - baseline.seconds) / r.posts).toFixed(3) : '–';
    console.log(`| ${r.posts} | ${r.pages} | ${r.seconds.toFixed(1)} | ${perPost} | ${marginal} | ${(r.peakRssBytes / MB).toFixed(0)} |`);
  }
}

main();
