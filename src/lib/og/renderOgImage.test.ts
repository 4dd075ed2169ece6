import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OgCard } from './ogCard';
import { validatePng } from './pngSize';
import { createOgImageRenderer } from './renderOgImage';

const post: OgCard = {
  kind: 'post',
  title: 'Which topic is costing us?',
  description: 'How to split a Kafka cluster bill into per-topic and per-team line items.',
  tags: ['kafka', 'cost', 'finops'],
  date: new Date('2026-09-29T00:00:00Z'),
  siteTitle: 'Streaming Notes',
};

// A real render with satori and resvg: the same path a build takes, against a private cache folder.
describe('createOgImageRenderer', () => {
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'og-render-test-'));
  });
  afterAll(() => rm(cacheDir, { recursive: true, force: true }));

  it('renders a 1200×630 PNG, then serves an unchanged card from the cache without rendering it again', async () => {
    const logged: string[] = [];
    const first = createOgImageRenderer({ root: process.cwd(), cacheDir, log: (line) => logged.push(line) });
    const png = await first.render(post);
    expect(validatePng(png, 'card')).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeGreaterThan(5_000);
    expect(first.cache.stats).toEqual({ hits: 0, renders: 1 });

    // A second build: a new renderer over the same folder.
    const second = createOgImageRenderer({ root: process.cwd(), cacheDir, log: (line) => logged.push(line) });
    expect(await second.render({ ...post, tags: [...post.tags] })).toEqual(png);
    expect(second.cache.stats).toEqual({ hits: 1, renders: 0 });

    // Only the card whose inputs changed is drawn again.
    await second.render({ ...post, title: 'Which topic is costing us now?' });
    expect(second.cache.stats).toEqual({ hits: 1, renders: 1 });
    expect(logged).toHaveLength(2);
    expect(logged[1]).toMatch(/^\[og-image\] rendered [0-9a-f]{12} in \d+ ms "Which topic is costing us now\?"$/);
    expect(await readdir(cacheDir)).toHaveLength(2);
  }, 30_000);

  it('names the missing font file when the project has no @fontsource/inter', async () => {
    const renderer = createOgImageRenderer({ root: cacheDir, cacheDir, log: () => {} });
    const fonts = ['latin-400', 'latin-700', 'latin-ext-400', 'latin-ext-700'].map((name) =>
      join(cacheDir, `node_modules/@fontsource/inter/files/inter-${name}-normal.woff`),
    );
    await expect(renderer.render(post)).rejects.toThrow(`OG images: font file ${fonts.join(', ')} is missing`);
  });
});
