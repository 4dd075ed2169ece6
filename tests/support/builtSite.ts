import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { distDir } from './staticServer';

/** Every HTML page of the built site, as its path from dist/ ("posts/x/index.html"). */
export function htmlPages(dir = distDir()): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) pages.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return pages.sort();
}

export function readPage(path: string, dir = distDir()): HTMLElement {
  return parse(readFileSync(join(dir, path), 'utf8'));
}

export function readText(path: string, dir = distDir()): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** Slugs of posts in content/posts, split by their draft flag, read straight from the frontmatter. */
export function postSlugsFromContent(): { published: string[]; drafts: string[] } {
  const folder = join(import.meta.dirname, '../../content/posts');
  const published: string[] = [];
  const drafts: string[] = [];
  for (const file of readdirSync(folder)) {
    const match = file.match(/^([^_].*)\.mdx?$/);
    if (!match) continue;
    const source = readFileSync(join(folder, file), 'utf8');
    const frontmatter = parseYaml(source.split(/^---\s*$/m)[1] ?? '') as { draft?: boolean };
    (frontmatter.draft ? drafts : published).push(match[1]);
  }
  return { published: published.sort(), drafts: drafts.sort() };
}
