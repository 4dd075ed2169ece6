import { htmlPages, readText } from './builtSite';

/** Site path ("/posts/x/") of a built page ("posts/x/index.html"). */
function sitePath(page: string): string {
  return `/${page.replace(/index\.html$/, '')}`;
}

/** The first built page one level under a section (posts/x/, not posts/ or posts/2/), optionally matching its HTML. */
function firstPageIn(section: string, what: string, matches: (html: string) => boolean = () => true): string {
  const pattern = new RegExp(`^${section}/([^/]+)/index\\.html$`);
  const page = htmlPages().find((p) => {
    const slug = pattern.exec(p)?.[1];
    return slug !== undefined && !/^\d+$/.test(slug) && matches(readText(p));
  });
  if (!page) throw new Error(`No ${what} in the built site (expected ${section}/<slug>/index.html in DIST_DIR).`);
  return sitePath(page);
}

/**
 * One representative path per page type, found in the built site so the tests
 * follow the content as it grows. Each is a function: a missing page type fails
 * only the tests that need it, with a message that says what is missing.
 */
export const pageTypes = {
  home: () => '/',
  postList: () => '/posts/',
  /** An article with a code block, so the copy button can be tested. */
  article: () => firstPageIn('posts', 'article with a code block', (html) => html.includes('data-code-frame')),
  tag: () => firstPageIn('tags', 'tag page'),
  talk: () => firstPageIn('talks', 'talk page'),
  repoList: () => '/repos/',
  toolPage: () => firstPageIn('tools', 'tool page'),
  search: () => '/search/',
  notFound: () => '/does-not-exist/',
} as const;

export type PageType = keyof typeof pageTypes;

function isBuilt(path: string): boolean {
  return htmlPages().includes(`${path.replace(/^\//, '')}index.html`);
}

function pathIfBuilt(type: PageType): string | undefined {
  try {
    const path = pageTypes[type]();
    return type === 'notFound' || isBuilt(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the axe and CSP sweeps visit: every page type that is built (a missing
 * one fails its own page-type test), the other index and standalone pages, a
 * repo page, every calculator page, and every article, since math, tables and
 * islands differ from post to post and each is a CSP or contrast risk.
 */
export function sweepPaths(): string[] {
  const types = Object.keys(pageTypes) as PageType[];
  const singles = htmlPages()
    .filter((p) => /^(tags|talks|tools|about|repos\/[^/]+|tools\/[^/]+)\/index\.html$/.test(p) || /^posts\/(?!\d+\/)[^/]+\/index\.html$/.test(p))
    .map(sitePath);
  const firstRepo = singles.find((p) => /^\/repos\/[^/]+\/$/.test(p));
  const paths = [
    ...types.map(pathIfBuilt).filter((p): p is string => p !== undefined),
    ...singles.filter((p) => !p.startsWith('/repos/') || p === firstRepo),
  ];
  return [...new Set(paths)];
}

/**
 * The sweep with one article of each kind instead of every article (math,
 * calculator island, neither): axe takes seconds per page and theme, and the
 * articles of one kind share their markup.
 */
export function representativePaths(): string[] {
  const articles = htmlPages().filter((p) => /^posts\/(?!\d+\/)[^/]+\/index\.html$/.test(p));
  const kinds = [
    (html: string) => html.includes('class="katex'),
    (html: string) => html.includes('<astro-island'),
    (html: string) => !html.includes('class="katex') && !html.includes('<astro-island'),
  ];
  const chosen = new Set(kinds.map((kind) => articles.find((p) => kind(readText(p)))).filter((p): p is string => p !== undefined).map(sitePath));
  return sweepPaths().filter((path) => !/^\/posts\/[^/]+\/$/.test(path) || chosen.has(path) || path === pageTypes.article());
}
