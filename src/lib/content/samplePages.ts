import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listContentFiles } from './contentFiles';
import { parseEntryFile } from './checkContentFrontmatter';
import { collectionOfPath, entryId } from './slugCollisions';

/**
 * Sample talks and repositories (`sample: true`) stand in for the author's
 * own: the sitemap leaves their pages out, as the home page, feeds and llms
 * files do, so nothing offers them to readers or crawlers as the author's work.
 */

export interface ContentSource {
  /** Relative to the project root, e.g. "content/talks/x.md". */
  path: string;
  text: string;
}

/** Site paths ("/talks/x/", "/repos/y/") of the entries marked `sample: true`, without the base. */
export function samplePagePaths(sources: readonly ContentSource[]): Set<string> {
  const paths = new Set<string>();
  for (const { path, text } of sources) {
    const collection = collectionOfPath(path);
    if (collection !== 'talks' && collection !== 'repos') continue;
    if (parseEntryFile(text, path).data.sample === true) paths.add(`/${collection}/${entryId(path)}/`);
  }
  return paths;
}

/** The same, read from the content folders under `root`. */
export async function readSamplePagePaths(root: string): Promise<Set<string>> {
  const files = (await listContentFiles(root)).filter((path) => /^content\/(talks|repos)\//.test(path));
  const sources = await Promise.all(files.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })));
  return samplePagePaths(sources);
}

/** Whether a page URL (absolute, as the sitemap sees it) is one of the sample pages, whatever the base path. */
export function isSamplePage(pageUrl: string, samplePaths: ReadonlySet<string>, base: string): boolean {
  const pathname = new URL(pageUrl).pathname;
  const prefix = base.replace(/\/$/, '');
  const sitePath = pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  return samplePaths.has(sitePath.endsWith('/') ? sitePath : `${sitePath}/`);
}
