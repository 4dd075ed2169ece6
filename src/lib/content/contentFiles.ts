import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_COLLECTIONS } from './slugCollisions';

/**
 * The files the content config's glob loaders read, `**\/[^_]*.{md,mdx}` under
 * content/<collection>/, as paths relative to the project root, sorted per
 * collection; hidden folders and files are skipped, as the glob skips them.
 */
export async function listContentFiles(root: string): Promise<string[]> {
  const paths: string[] = [];
  for (const collection of CONTENT_COLLECTIONS) {
    const dir = `content/${collection}`;
    const names = await readdir(join(root, dir), { recursive: true }).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const segments = name.split('/');
      const base = segments[segments.length - 1]!;
      if (segments.some((s) => s.startsWith('.')) || base.startsWith('_') || !/\.(md|mdx)$/.test(base)) continue;
      paths.push(`${dir}/${name}`);
    }
  }
  return paths;
}
