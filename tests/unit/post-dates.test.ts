/**
 * Post dates against the repository: no pubDate before the day the post's file
 * was first committed, and no post linking to a post dated after it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { datesBeforeFirstCommit, forwardLinks, type DatedPost } from '../../src/lib/content/postDates';
import { isoDate } from '../../src/lib/content/formatDate';

const root = join(import.meta.dirname, '../..');
const folder = join(root, 'content/posts');
const files = new Map<string, string>();

function readPosts(): DatedPost[] {
  return readdirSync(folder).flatMap((file) => {
    const id = /^([^_].*)\.mdx?$/.exec(file)?.[1];
    if (!id) return [];
    files.set(id, `content/posts/${file}`);
    const [, frontmatter = '', ...body] = readFileSync(join(folder, file), 'utf8').split(/^---\s*$/m);
    const { pubDate } = parseYaml(frontmatter) as { pubDate?: unknown };
    if (typeof pubDate !== 'string') throw new Error(`content/posts/${file}: pubDate is not a YYYY-MM-DD date`);
    return [{ id, pubDate, body: body.join('---') }];
  });
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** Why the history cannot date the files (no git, not a repository, a shallow clone), or undefined. */
function historyUnavailable(): string | undefined {
  try {
    return git('rev-parse', '--is-shallow-repository') === 'true' ? 'a shallow clone lacks the commits that added the posts' : undefined;
  } catch (error) {
    return `git cannot read the history here (${(error as Error).message.split('\n')[0]})`;
  }
}

/** Day the file was first committed, or undefined when it has not been committed yet. */
function firstCommitDay(id: string): string | undefined {
  const days = git('log', '--diff-filter=A', '--format=%ad', '--date=short', '--', files.get(id) ?? '').split('\n');
  return days.at(-1) || undefined;
}

const posts = readPosts();
const unavailable = historyUnavailable();

describe('post dates', () => {
  it('found posts to check', () => {
    expect(posts.length).toBeGreaterThan(0);
  });

  it('no post links to a post with a later pubDate', () => {
    expect(forwardLinks(posts)).toEqual([]);
  });

  if (unavailable) console.warn(`Skipping the first-commit check of post dates: ${unavailable}.`);
  it.skipIf(unavailable !== undefined)('no pubDate is earlier than the day its file was first committed', () => {
    expect(datesBeforeFirstCommit(posts, firstCommitDay, isoDate(new Date()))).toEqual([]);
  });
});
