import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postSlugsFromContent, readText } from '../support/builtSite';

const { published, drafts } = postSlugsFromContent();
const postSlugOf = (url: string) => new URL(url).pathname.match(/\/posts\/([^/]+)\/$/)?.[1];

/** Post links of a Markdown link list: "- [title](url)…" lines whose URL is a post. */
function postLinks(markdown: string): string[] {
  return [...markdown.matchAll(/^- \[[^\n]*?\]\((https?:\/\/[^)\s]+)\)/gm)]
    .map((m) => postSlugOf(m[1]))
    .filter((slug): slug is string => slug !== undefined);
}

/** A line from the middle of a post's source: proof the body is there, not only the title. */
function sampleBodyLine(slug: string): string {
  const source = readFileSync(join(import.meta.dirname, '../../content/posts', `${slug}.mdx`), 'utf8');
  const body = source.split(/^---\s*$/m).slice(2).join('---');
  const lines = body.split('\n').filter((line) => /^[A-Za-z].{40,}$/.test(line) && !/^(import|export)\s/.test(line));
  if (lines.length === 0) throw new Error(`content/posts/${slug}.mdx has no prose line to look for`);
  return lines[Math.floor(lines.length / 2)];
}

describe('llms.txt', () => {
  const text = readText('llms.txt');

  it('starts with the site title as H1 and a blockquote summary', () => {
    expect(text).toMatch(/^# \S.*\n\n> \S/);
  });

  it('links exactly the published posts, each once, under ## Posts', () => {
    const posts = text.split(/^## /m).find((s) => s.startsWith('Posts\n')) ?? '';
    expect(postLinks(posts).sort()).toEqual(published);
    expect(postLinks(text)).toHaveLength(published.length);
  });

  it('lists the tools and names the full-text file', () => {
    expect(text).toMatch(/^## Tools\n\n- \[.+\]\(https?:\/\/[^)]+\/tools\/[a-z0-9-]+\/\)/m);
    expect(text).toMatch(/\]\(https?:\/\/[^)]+\/llms-full\.txt\)/);
  });
});

describe('llms-full.txt', () => {
  const text = readText('llms-full.txt');
  const urls = [...text.matchAll(/^URL: (\S+)$/gm)].map((m) => postSlugOf(m[1]));

  it('holds exactly the published posts, each once', () => {
    expect([...urls].sort()).toEqual(published);
  });

  it('holds each published post body, and no draft', () => {
    for (const slug of published) expect(text, slug).toContain(sampleBodyLine(slug));
    expect(drafts.length).toBeGreaterThan(0);
    for (const slug of drafts) expect(text, slug).not.toContain(sampleBodyLine(slug));
  });
});
