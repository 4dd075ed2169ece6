/**
 * Full `astro build` time with a cold and a warm Open Graph image cache, in a
 * private copy of the project (the real tree, its dist/ and its cache are
 * never touched). A third build changes one post's title and must re-render
 * exactly that post's card. The copy gets OG_BENCH_POSTS extra short posts
 * (default 100) so the image work is large enough to see above the noise of a
 * shared machine. Run: `npx tsx bench/og-cache.bench.ts`.
 */
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyProject } from '../tests/support/projectCopy';

interface BuildRun {
  label: string;
  seconds: number;
  rendered: string[];
  /** Sum of the per-card render times the build logged. */
  renderSeconds: number;
  images: number;
}

const extraPosts = Number(process.env.OG_BENCH_POSTS ?? 100);
if (!Number.isInteger(extraPosts) || extraPosts < 0) {
  throw new Error(`OG_BENCH_POSTS must be a whole number of posts to add, got "${process.env.OG_BENCH_POSTS}"`);
}

/** Short posts with distinct titles, so each has a card of its own. */
function addSyntheticPosts(postsDir: string, count: number): void {
  for (let i = 1; i <= count; i++) {
    const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(
      join(postsDir, `bench-post-${i}.md`),
      `---\ntitle: Benchmark post ${i} on partitions, replicas and retention\ndescription: A short stand-in post number ${i}, so the benchmark has many cards to draw.\npubDate: ${day}\ntags:\n  - bench\n  - kafka\n---\n\nStand-in text for post ${i}.\n`,
    );
  }
}

/** Every PNG under dist/og/: the cards the build wrote. */
function countImages(dir: string): number {
  const walk = (folder: string): number =>
    readdirSync(folder, { withFileTypes: true }).reduce(
      (n, entry) => n + (entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name.endsWith('.png') ? 1 : 0),
      0,
    );
  return walk(join(dir, 'dist/og'));
}

/**
 * copyProject links the whole node_modules, and with it Astro's content cache
 * (node_modules/.astro/data-store.json), which other builds on this machine
 * rewrite mid-run. The copy gets a node_modules of its own that links every
 * package but none of the cache folders.
 */
function isolateNodeModules(dir: string): void {
  const link = join(dir, 'node_modules');
  const shared = realpathSync(link);
  unlinkSync(link);
  mkdirSync(link);
  for (const entry of readdirSync(shared)) {
    if (entry === '.astro' || entry === '.cache' || entry === '.vite') continue;
    symlinkSync(join(shared, entry), join(link, entry));
  }
}

const copy = copyProject('og-cache-bench-');
isolateNodeModules(copy.dir);
const cacheDir = join(copy.dir, '.og-bench-cache');

function build(label: string): BuildRun {
  const started = performance.now();
  const { status, output } = copy.astro(['build'], { OG_CACHE_DIR: cacheDir });
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`${label}: astro build exited with ${status}\n${output.slice(-3000)}`);
  const rendered = output.split('\n').filter((line) => line.includes('[og-image] rendered'));
  const renderSeconds = rendered.reduce((sum, line) => sum + Number(/ in (\d+) ms /.exec(line)?.[1] ?? 0), 0) / 1000;
  return { label, seconds, rendered, renderSeconds, images: countImages(copy.dir) };
}

try {
  addSyntheticPosts(join(copy.dir, 'content/posts'), extraPosts);
  // A first build fills Astro's own caches (.astro/, Vite), so the runs below differ only in the image cache.
  process.stdout.write('warm-up build… ');
  build('warm-up');
  console.log('done');

  rmSync(cacheDir, { recursive: true, force: true });
  const cold = build('cold image cache');
  const warm = build('warm image cache');

  const posts = join(copy.dir, 'content/posts');
  const post = readdirSync(posts).find(
    (f) => /\.mdx?$/.test(f) && !f.startsWith('bench-post-') && !/^draft:\s*true$/m.test(readFileSync(join(posts, f), 'utf8')),
  );
  if (!post) throw new Error('no published post in content/posts to edit');
  const source = readFileSync(join(posts, post), 'utf8');
  writeFileSync(join(posts, post), source.replace(/^title:\s*(.+)$/m, (_, title: string) => `title: ${title.replace(/^["']|["']$/g, '')} (edited)`));
  const oneChanged = build(`one post retitled (${post})`);

  console.log(`\nOpen Graph image cache: full \`astro build\` of a private copy with ${extraPosts} extra posts`);
  console.table(
    [cold, warm, oneChanged].map((run) => ({
      build: run.label,
      'wall time (s)': Number(run.seconds.toFixed(2)),
      'cards in dist': run.images,
      'cards rendered': run.rendered.length,
      'time drawing cards (s)': Number(run.renderSeconds.toFixed(2)),
    })),
  );
  console.log(`warm cache saves ${(cold.seconds - warm.seconds).toFixed(2)} s of ${cold.seconds.toFixed(2)} s (${((1 - warm.seconds / cold.seconds) * 100).toFixed(0)} %)`);
  console.log(`re-rendered after the edit: ${oneChanged.rendered.map((l) => l.replace(/^.*\[og-image\] rendered /, '')).join(', ')}`);
  console.log('(wall times include everything else the build does and vary with the load of a shared machine; the drawing time is the part the cache removes)');

  const problems = [
    cold.rendered.length !== cold.images && `cold build rendered ${cold.rendered.length} of ${cold.images} cards`,
    (warm.images !== cold.images || oneChanged.images !== cold.images) &&
      `the builds wrote different numbers of cards (${cold.images}, ${warm.images}, ${oneChanged.images})`,
    warm.rendered.length !== 0 && `warm build rendered ${warm.rendered.length} cards, expected 0`,
    oneChanged.rendered.length !== 1 && `editing one title rendered ${oneChanged.rendered.length} cards, expected 1`,
  ].filter(Boolean);
  if (problems.length > 0) {
    console.error(`\ncache did not behave:\n- ${problems.join('\n- ')}`);
    process.exitCode = 1;
  }
} finally {
  copy.remove();
}
