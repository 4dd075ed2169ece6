import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { site } from '../../src/site.config';
import { htmlPages, readPage } from '../support/builtSite';
import { distDir } from '../support/staticServer';

/** The base path the site was built for (DIST_BASE), as "/" or "/blog/". */
const base = `/${(process.env.DIST_BASE ?? '/').replace(/^\/|\/$/g, '')}/`.replace('//', '/');
const siteOrigin = new URL(site.url).origin;

interface Reference {
  page: string;
  /** Where in the page: "a[href]", "link[rel=canonical]", ... */
  where: string;
  url: string;
}

// Every attribute that points somewhere; srcset holds a list.
const URL_ATTRIBUTES: Array<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

function references(page: string, root: HTMLElement): Reference[] {
  const found: Reference[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of root.querySelectorAll(selector)) {
      const url = el.getAttribute(attribute)?.trim();
      if (url) found.push({ page, where: `${selector}`, url });
    }
  }
  for (const el of root.querySelectorAll('img[srcset], source[srcset]')) {
    for (const candidate of (el.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push({ page, where: 'srcset', url });
    }
  }
  return found;
}

/** The page's own URL path, e.g. "/blog/posts/x/" for posts/x/index.html. */
function pageUrl(page: string): string {
  return `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file a site path names, the way a static host resolves it, or undefined. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}.html`, `${relative}/index.html`];
  return candidates.find((candidate) => {
    const full = join(distDir(), candidate);
    return existsSync(full) && statSync(full).isFile();
  });
}

const idsByFile = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    const root = readPage(file);
    ids = new Set([...root.querySelectorAll('[id]').map((el) => el.id), ...root.querySelectorAll('a[name]').map((el) => el.getAttribute('name') ?? '')]);
    idsByFile.set(file, ids);
  }
  return ids;
}

type Classified = { kind: 'internal'; url: URL } | { kind: 'external'; url: string } | { kind: 'other' };

function classify(reference: Reference): Classified {
  if (/^(mailto|tel|data|javascript):/i.test(reference.url)) return { kind: 'other' };
  const url = new URL(reference.url, `${siteOrigin}${pageUrl(reference.page)}`);
  if (url.origin !== siteOrigin) return { kind: 'external', url: url.href };
  return { kind: 'internal', url };
}

/** Why an internal reference does not resolve, or undefined when it does. */
function brokenReason(reference: Reference, url: URL): string | undefined {
  const file = fileFor(url.pathname);
  if (!file) return `no file for ${url.pathname}`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && file.endsWith('.html') && !idsIn(file).has(anchor)) return `no id="${anchor}" in ${file}`;
  return undefined;
}

const pages = htmlPages();
const all = pages.flatMap((page) => references(page, readPage(page)));

describe('links in the built site', () => {
  it('found links to check', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(all.filter((r) => r.where === 'a[href]').length).toBeGreaterThan(pages.length);
  });

  it.each(pages)('%s: every internal link, asset and #anchor resolves', (page) => {
    const broken = all
      .filter((r) => r.page === page)
      .flatMap((r) => {
        const target = classify(r);
        if (target.kind !== 'internal') return [];
        const reason = brokenReason(r, target.url);
        return reason ? [`${r.where} "${r.url}": ${reason}`] : [];
      });
    expect(broken).toEqual([]);
  });

  it('lists the external links (never fetched)', () => {
    const external = new Map<string, number>();
    for (const r of all) {
      const target = classify(r);
      if (target.kind === 'external') external.set(target.url, (external.get(target.url) ?? 0) + 1);
    }
    console.log(`${external.size} external URLs:\n${[...external].sort().map(([url, n]) => `  ${url}  (${n} link${n === 1 ? '' : 's'})`).join('\n')}`);
    for (const url of external.keys()) expect(url).toMatch(/^https?:\/\//);
  });
});

interface CheckedLink {
  url: string;
  checked: string;
  result: string;
}

/** content/external-links.yaml: every external link the posts make, with the day it was checked and how. */
const checkedLinks = parseYaml(readFileSync(join(import.meta.dirname, '../../content/external-links.yaml'), 'utf8')) as CheckedLink[];
const checkedByUrl = new Map(checkedLinks.map((link) => [link.url, link]));

/** External links in the text of the posts (not the site's header and footer), by URL, with the posts that make them. */
function postExternalLinks(): Map<string, string[]> {
  const byUrl = new Map<string, string[]>();
  for (const page of pages.filter((p) => /^posts\/[^/]+\/index\.html$/.test(p))) {
    for (const link of readPage(page).querySelectorAll('article .prose a[href]')) {
      const target = classify({ page, where: 'a[href]', url: link.getAttribute('href') ?? '' });
      if (target.kind === 'external') byUrl.set(target.url, [...new Set([...(byUrl.get(target.url) ?? []), page])]);
    }
  }
  return byUrl;
}

describe('external links in the posts (never fetched here)', () => {
  const inPosts = postExternalLinks();

  it('found external links in the posts', () => {
    expect(inPosts.size).toBeGreaterThan(0);
  });

  it('each is listed in content/external-links.yaml with the day it was checked', () => {
    const lines = [...inPosts.keys()].sort().map((url) => {
      const entry = checkedByUrl.get(url);
      return entry ? `  ${entry.checked}  ${url}  (${entry.result})` : `  NOT CHECKED  ${url}  in ${inPosts.get(url)?.join(', ')}`;
    });
    console.log(`${inPosts.size} external URLs in the posts:\n${lines.join('\n')}`);
    expect([...inPosts.keys()].filter((url) => !checkedByUrl.has(url)), 'add these to content/external-links.yaml').toEqual([]);
  });

  it('lists each URL once, with a YYYY-MM-DD check date and its result', () => {
    expect(checkedByUrl.size).toBe(checkedLinks.length);
    for (const link of checkedLinks) {
      expect(link.checked, link.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(link.result?.trim(), link.url).toBeTruthy();
    }
  });
});
