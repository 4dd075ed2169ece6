import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rawHtmlViolations, rehypeRawHtmlPolicy } from './rehypeRawHtmlPolicy';

const messages = (html: string) => rawHtmlViolations(html).map((v) => `${v.line}:${v.column}: ${v.message}`);

describe('rawHtmlViolations', () => {
  it('allows the small allow-list, self-closing <br/>, <details open> and comments', () => {
    expect(messages('<kbd>Ctrl</kbd> <sup>2</sup> <sub>n</sub> <br> <br/> <BR />')).toEqual([]);
    expect(messages('<details open>\n<summary>More</summary>\n</details>')).toEqual([]);
    expect(messages('<!-- a note with <script> in it -->')).toEqual([]);
  });

  it('refuses other elements, naming the element and where it starts', () => {
    expect(messages('<script>alert(1)</script>')).toEqual([
      expect.stringMatching(/^1:1: raw HTML <script> is not allowed in Markdown \(allowed: <details>, <summary>, <kbd>, <sup>, <sub>, <br>\)/),
    ]);
    expect(messages('</article>')).toEqual([expect.stringMatching(/^1:1: raw HTML <\/article> is not allowed/)]);
    expect(messages('<div>\n  <IFRAME src="x">')).toEqual([expect.stringMatching(/^1:1: raw HTML <div>/), expect.stringMatching(/^2:3: raw HTML <iframe>/)]);
    expect(messages('<svg/onload=alert(1)>')[0]).toMatch(/^1:1: raw HTML <svg>/);
    expect(messages('<constructor>')[0]).toMatch(/^1:1: raw HTML <constructor>/);
  });

  it('refuses attributes on allowed elements, other than open on <details>', () => {
    expect(messages('<sup onclick="alert(1)">x</sup>')).toEqual(['1:1: attribute "onclick="alert(1)"" on raw HTML <sup> is not allowed in Markdown']);
    expect(messages("<details open style='x'>")).toEqual([`1:1: attribute "style='x'" on raw HTML <details> is not allowed in Markdown (allowed: open)`]);
    // A ">" inside a quoted value ends the tag early here, but only after an attribute that is refused anyway.
    expect(messages('<kbd title=">" onclick=x>')).toEqual(['1:1: attribute "title="" on raw HTML <kbd> is not allowed in Markdown']);
    expect(messages('<sup/onclick=x>')).toEqual(['1:1: attribute "onclick=x" on raw HTML <sup> is not allowed in Markdown']);
  });

  it('refuses declarations, processing instructions and unclosed comments', () => {
    expect(messages('<!DOCTYPE html>')[0]).toMatch(/^1:1: "<!DOCTYPE…" is not allowed in Markdown/);
    expect(messages('<?php x ?>')[0]).toMatch(/^1:1: "<\?php x \?…" is not allowed/);
    expect(messages('<!-- open')).toEqual(['1:1: an HTML comment that is never closed ("-->")']);
  });
});

async function render(markdown: string, path: string): Promise<string> {
  const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeRawHtmlPolicy], syntaxHighlight: false });
  return (await processor.render(markdown, { fileURL: new URL(`file://${process.cwd()}/${path}`) })).code;
}

describe('rehypeRawHtmlPolicy in the Markdown pipeline', () => {
  it('renders allowed raw HTML unchanged', async () => {
    const html = await render('Press <kbd>Ctrl</kbd>.\n\n<details>\n<summary>More</summary>\n\nText.\n\n</details>\n', 'content/posts/ok.md');
    expect(html).toContain('<kbd>Ctrl</kbd>');
    expect(html).toContain('<summary>More</summary>');
  });

  it('throws naming the file, line and column of every refused element', async () => {
    const markdown = '---\ntitle: x\n---\n\nSome text.\n\nInline <img src=x onerror=alert(1)> here.\n\n<script>alert(1)</script>\n';
    const error = await render(markdown, 'content/posts/hostile.md').catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('content/posts/hostile.md:7:8: raw HTML <img> is not allowed in Markdown');
    expect((error as Error).message).toContain('content/posts/hostile.md:9:1: raw HTML <script> is not allowed in Markdown');
  });

  it('leaves HTML inside code alone', async () => {
    await expect(render('Use `<script>` or:\n\n```html\n<iframe></iframe>\n```\n', 'content/posts/code.md')).resolves.toContain('&#x3C;script>');
  });

  it('counts lines in the file when Astro renders only the body, and can report instead of throwing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'raw-html-'));
    try {
      const body = '\nText.\n\n<style>p{}</style>\n';
      const path = join(dir, 'post.md');
      writeFileSync(path, `---\ntitle: x\ndescription: y\n---\n${body}`);
      const refused: string[] = [];
      const processor = await createMarkdownProcessor({ rehypePlugins: [[rehypeRawHtmlPolicy, { onRefused: (p: string[]) => refused.push(...p) }]], syntaxHighlight: false });
      await processor.render(body, { fileURL: pathToFileURL(path) });
      expect(refused).toEqual([expect.stringMatching(/post\.md:8:1: raw HTML <style> is not allowed/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips .mdx files, whose HTML is JSX', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeRawHtmlPolicy], syntaxHighlight: false });
    await expect(processor.render('<div>x</div>\n', { fileURL: new URL('file:///x/post.mdx') })).resolves.toBeDefined();
  });
});
