import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { listContentFiles } from './contentFiles';

let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

it('lists the .md and .mdx files the glob loaders read, skipping _partials, hidden files and other kinds', async () => {
  root = await mkdtemp(join(tmpdir(), 'content-files-'));
  for (const path of ['posts/b.mdx', 'posts/a.md', 'posts/_draft-partial.md', 'posts/.hidden/x.md', 'posts/notes.txt', 'talks/2026/t.md', 'other/z.md']) {
    await mkdir(join(root, 'content', path, '..'), { recursive: true });
    await writeFile(join(root, 'content', path), '');
  }
  expect(await listContentFiles(root)).toEqual(['content/posts/a.md', 'content/posts/b.mdx', 'content/talks/2026/t.md']);
});
