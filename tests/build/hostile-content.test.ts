import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/projectCopy';

/** Text that ends a script element, opens a new one, and opens a comment (which can swallow a later </script>). */
const HOSTILE = '</script><script>alert(1)</script> <!-- hostile';
const TITLE = `Title ${HOSTILE}`;
const DESCRIPTION = `Description ${HOSTILE}`;
const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** A valid post; `frontmatter` is its fifth line. */
function post(frontmatter: string, body = 'Body.'): string {
  return `---\ntitle: Post\ndescription: A post.\npubDate: 2026-01-01\n${frontmatter}\n---\n\n${body}\n`;
}

/** Every string anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('a post whose title and description try to break out of script elements and comments', () => {
  let copy: ProjectCopy;
  let html: string;
  let rss: string;

  beforeAll(() => {
    copy = copyProject();
    const frontmatter = `title: ${JSON.stringify(TITLE)}\ndescription: ${JSON.stringify(DESCRIPTION)}`;
    // The allowed raw HTML (<kbd>) and the same text in inline code build too.
    const body = `Press <kbd>Ctrl</kbd>. In code: \`${HOSTILE}\`.`;
    writeFileSync(join(copy.dir, 'content/posts/hostile-title.md'), `---\n${frontmatter}\npubDate: 2026-01-01\n---\n\n${body}\n`);
    const { status, output } = copy.astro(['build']);
    expect(status, output).toBe(0);
    html = readFileSync(join(copy.dir, 'dist/posts/hostile-title/index.html'), 'utf8');
    rss = readFileSync(join(copy.dir, 'dist/rss.xml'), 'utf8');
  }, 300_000);
  afterAll(() => copy.remove());

  it('keeps the JSON-LD a single script element that parses as JSON and holds the title', () => {
    const scripts = parse(html).querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const json = scripts[0].textContent;
    // Nothing in it that could end the element or enter the tokenizer's escaped states.
    expect(json).not.toMatch(/<\/?script|<!--/i);
    const value: unknown = JSON.parse(json);
    expect(strings(value)).toContain(TITLE);
    expect(strings(value)).toContain(DESCRIPTION);
  });

  it('keeps the CSP meta right after <meta charset>', () => {
    expect(html).toMatch(/<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="content-security-policy"/i);
  });

  it('has no executable script carrying alert(1), and the text is never markup outside attribute values', () => {
    const executable = parse(html)
      .querySelectorAll('script')
      .filter((script) => EXECUTABLE_TYPES.has((script.getAttribute('type') ?? '').toLowerCase()));
    for (const script of executable) expect(script.textContent).not.toContain('alert(1)');
    // With attribute values and the JSON-LD taken out, the title may only appear escaped.
    const markup = html.replace(/="[^"]*"/g, '=""').replace(/<script type="application\/ld\+json">.*?<\/script>/gs, '');
    expect(markup).not.toContain('<script>alert(1)');
    expect(markup).not.toContain('<!-- hostile');
    expect(markup).toContain('Title &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- hostile');
    expect(html).toContain('<kbd>Ctrl</kbd>');
  });

  it('escapes it in the RSS feed', () => {
    expect(rss).not.toContain('<script>alert(1)');
    expect(rss).not.toContain('<!-- hostile');
    const channel = (new XMLParser().parse(rss) as { rss: { channel: { item: Array<Record<string, string>> } } }).rss.channel;
    const item = channel.item.find((i) => i.title === TITLE);
    expect(item?.description).toBe(DESCRIPTION);
    // The content is HTML: the text in inline code is escaped there too.
    expect(item?.['content:encoded']).not.toMatch(/<script/i);
    expect(item?.['content:encoded']).toContain('<kbd>Ctrl</kbd>');
  });
});

describe('content the build refuses, naming the file (astro sync is enough)', () => {
  let copy: ProjectCopy | undefined;
  afterEach(() => copy?.remove());

  it('two files that get the same URL', () => {
    copy = copyProject();
    writeFileSync(join(copy.dir, 'content/posts/Foo Bar.md'), post('tags: [one]'));
    writeFileSync(join(copy.dir, 'content/posts/foo-bar.mdx'), post('tags: [two]'));
    const { status, output } = copy.astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/posts/foo-bar.mdx and content/posts/Foo Bar.md both get the URL /posts/foo-bar/');
  }, 120_000);

  it('a heroImage that does not exist (Astro itself only says "Could not find requested image")', () => {
    copy = copyProject();
    writeFileSync(join(copy.dir, 'content/posts/no-hero.md'), post('heroImage: ./images/missing.png'));
    const { status, output } = copy.astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/posts/no-hero.md:5: heroImage: ./images/missing.png not found (looked for content/posts/images/missing.png)');
  }, 120_000);

  it('raw HTML outside the allow-list in a .md post, with its line', () => {
    copy = copyProject();
    writeFileSync(join(copy.dir, 'content/posts/raw-html.md'), post('tags: [kafka]', 'Fine <kbd>Ctrl</kbd>.\n\n<iframe src="https://example.com"></iframe>'));
    const { status, output } = copy.astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/posts/raw-html.md:10:1: raw HTML <iframe> is not allowed in Markdown');
  }, 120_000);
});
