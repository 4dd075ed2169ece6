/**
 * Kafka sizing benchmarks: model time per evaluation (goal < 0.1 ms), the
 * time of one keystroke's work in the island (validate the raw form values,
 * then size), and the island's JS gzipped from a built dist (goal < 25 KB
 * including Preact; DIST_DIR, default dist/). Prints figures; no assertions.
 * Run: `npx tsx bench/sizing.bench.ts`.
 */
import { performance } from 'node:perf_hooks';
import { builtSite, islandJs, KB } from '../tests/support/bundleSize';
import { defaultValues, formatFieldValue } from '../src/lib/inputs/fieldSpec';
import { parseRawValues } from '../src/lib/inputs/validateFields';
import { brokerCatalog } from '../src/lib/kafka/catalog/brokerCatalog';
import { runSizing } from '../src/lib/kafka/sizing/sizeCluster';
import { sizingSpec, type SizingValues } from '../src/lib/kafka/sizing/sizingFields';
import { sizingWorkloads } from './workloads';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function workloads(): SizingValues[] {
  return sizingWorkloads(defaultValues(sizingSpec), brokerCatalog);
}

/** Median microseconds per call of `work` over `batches` batches of every item. */
function timePerCall<T>(items: T[], work: (item: T) => unknown, batches: number): number {
  let sink = 0;
  const samples: number[] = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const started = performance.now();
    for (const item of items) sink += work(item) ? 1 : 0;
    samples.push(((performance.now() - started) * 1000) / items.length);
  }
  if (sink < 0) console.log(sink);
  return median(samples);
}

function benchModel() {
  const inputs = workloads();
  for (const values of inputs) runSizing(values); // warm-up
  const model = timePerCall(inputs, (values) => runSizing(values).brokers, 400);
  console.log(`model (runSizing), ${inputs.length} workloads: median ${model.toFixed(1)} µs = ${(model / 1000).toFixed(4)} ms per evaluation over 400 batches (goal < 0.1 ms)`);
  const raws = inputs.map((values) =>
    Object.fromEntries(sizingSpec.fields.map((field) => [field.name, formatFieldValue((values as Record<string, unknown>)[field.name])])),
  );
  const keystroke = timePerCall(raws, (raw) => runSizing(parseRawValues(sizingSpec, raw).values).brokers, 400);
  console.log(`one keystroke (validate ${sizingSpec.fields.length} raw fields + runSizing): median ${keystroke.toFixed(1)} µs`);
}

function benchIslandSize() {
  const island = islandJs(builtSite(), 'tools/kafka-sizing/index.html', 'KafkaSizing');
  if ('missing' in island) {
    console.log(`island JS: ${island.missing}`);
    return;
  }
  console.log(
    `island JS gzipped (component + Preact renderer + static imports): ${(island.bytes / KB).toFixed(1)} KB in ${island.files} files (goal < 25 KB)`,
  );
}

benchModel();
benchIslandSize();
