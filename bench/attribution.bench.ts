/**
 * Cost attribution benchmarks, printed, never asserted: allocation time for 10,000 topics × 9 pools
 * (goal < 50 ms), parse time of a generated 20 MB kafka-log-dirs paste, the island's JS gzipped
 * from a built dist (goal < 30 KB; DIST_DIR, default dist/), and the CLI's --json and --csv over a
 * usage CSV of 1,000,000 topics (ATTRIBUTION_BENCH_TOPICS to change it), with time, output size and
 * the process's peak memory. Run: `npx tsx bench/attribution.bench.ts`.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { builtSite, gzippedSize, islandJs, KB, moduleClosure, siteFile } from '../tests/support/bundleSize';
import { allocateCosts } from '../src/lib/kafka/attribution/allocateCosts';
import { DEFAULT_POLICIES } from '../src/lib/kafka/attribution/model';
import { parseMappingRules } from '../src/lib/kafka/attribution/teamMapping';
import { parseUsageInput } from '../src/lib/kafka/parsers/parseInput';
import { runAttributeCli } from '../src/cli/attribute';
import { allocationWorkload, generator } from './workloads';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Samples {
  wall: number[];
  /** CPU time of this process: on a shared, loaded machine it is steadier than wall time. */
  cpu: number[];
}

function time(runs: number, body: () => void): Samples {
  const samples: Samples = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    body();
    samples.wall.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuStart);
    samples.cpu.push((cpu.user + cpu.system) / 1000);
  }
  return samples;
}

function describe(samples: Samples): string {
  return `median ${median(samples.wall).toFixed(1)} ms wall, ${median(samples.cpu).toFixed(1)} ms CPU over ${samples.wall.length} runs`;
}

function allocationBench(): void {
  const { topics, bill, rulesText } = allocationWorkload();
  const input = { bill, topics, rules: parseMappingRules(rulesText).rules, policies: DEFAULT_POLICIES };
  time(3, () => allocateCosts(input));
  const samples = time(15, () => allocateCosts(input));
  console.log(`allocation, 10,000 topics x 9 pools: ${describe(samples)} (goal < 50 ms)`);
}

function logDirsBench(): void {
  const random = generator(7);
  const brokers: string[] = [];
  let size = 0;
  let broker = 1;
  // Brokers of 10,000 replicas each until the JSON passes 20 MB.
  while (size < 20_000_000) {
    const replicas: string[] = [];
    for (let p = 0; p < 10_000; p++) {
      const topic = `team-${p % 97}.events-${Math.floor(p / 97)}`;
      replicas.push(`{"partition":"${topic}-${p % 12}","size":${Math.floor(random() * 1e11)},"offsetLag":0,"isFuture":false}`);
    }
    const entry = `{"broker":${broker},"logDirs":[{"partitions":[${replicas.join(',')}],"error":null,"logDir":"/var/lib/kafka/data"}]}`;
    brokers.push(entry);
    size += entry.length;
    broker++;
  }
  const paste = `Querying brokers for log directories information\nReceived log directory information from brokers 1-${broker - 1}\n{"brokers":[${brokers.join(',')}],"version":1}\n`;
  const megabytes = (paste.length / 1e6).toFixed(1);
  let topicCount = 0;
  const samples = time(5, () => {
    topicCount = parseUsageInput(paste).topics.length;
  });
  console.log(`kafka-log-dirs parse, ${megabytes} MB (${broker - 1} brokers, ${topicCount} topics): ${describe(samples)}`);
}

function bundleBench(): void {
  const site = builtSite();
  const island = islandJs(site, 'tools/kafka-cost-attribution/index.html', 'CostAttribution');
  if ('missing' in island) {
    console.log(`island JS: ${island.missing}`);
    return;
  }
  console.log(`island JS gzipped (component + renderer + static imports, Preact included): ${(island.bytes / KB).toFixed(1)} KB in ${island.files} files (goal < 30 KB)`);
  const component = readFileSync(siteFile(site, island.componentUrl), 'utf8');
  const workerFile = /new URL\([`"']([^`"']*attributionWorker[^`"']*\.js)[`"']/.exec(component)?.[1];
  if (workerFile) {
    const workerUrl = new URL(workerFile, `http://site${island.componentUrl}`).pathname;
    const worker = gzippedSize(site, moduleClosure(site, [{ url: workerUrl }]));
    console.log(`attribution worker gzipped (loaded on the first paste: parsers, papaparse, the model): ${(worker / KB).toFixed(1)} KB`);
  }
}

/** A usage CSV of `count` topics as a platform team would export it, with the bill it is allocated against. */
function largeInputs(count: number): Record<string, string> {
  const random = generator(11);
  const rows = ['topic,bytes_in,bytes_out,replicated_bytes,partitions,rf'];
  for (let i = 0; i < count; i++) {
    const bytesIn = Math.floor(random() * 5e12);
    rows.push(`team${i % 8}.stream-${i},${bytesIn},${bytesIn * 2},${Math.floor(random() * 2e12)},${1 + Math.floor(random() * 48)},3`);
  }
  return {
    'usage.csv': `${rows.join('\n')}\n`,
    'bill.csv': 'pool,amount\ncompute,920000.00\ningress,41233.17\nlocal-storage,144000.00\npartitions,7777.77\nfixed,1500.00\nadjustments,-750.00\n',
  };
}

/** The CLI end to end on the largest size tried: it must allocate and print, streaming its output. */
function cliAtScaleBench(): void {
  const count = Number(process.env['ATTRIBUTION_BENCH_TOPICS'] ?? 1_000_000);
  const files = largeInputs(count);
  const devNull = openSync('/dev/null', 'w');
  for (const format of ['--json', '--csv']) {
    let bytes = 0;
    const samples = time(1, () => {
      const result = runAttributeCli(['--bill', 'bill.csv', '--usage', 'usage.csv', format], (path) => files[path]!, undefined, (chunk) => {
        bytes += Buffer.byteLength(chunk);
        writeSync(devNull, chunk);
      });
      if (result.exitCode !== 0) throw new Error(`attribute ${format} exited ${result.exitCode}: ${result.stderr}`);
    });
    const peak = (process.resourceUsage().maxRSS / 1024).toFixed(0);
    console.log(`attribute CLI ${format}, ${count.toLocaleString('en-US')} topics x 6 pools: ${describe(samples)}, ${(bytes / 1e6).toFixed(0)} MB written, peak RSS so far ${peak} MB`);
  }
  closeSync(devNull);
}

allocationBench();
logDirsBench();
bundleBench();
cliAtScaleBench();
