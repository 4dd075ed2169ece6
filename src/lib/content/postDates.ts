/**
 * Honest dates: a post's pubDate is the day it was written here (never before
 * its file's first commit), and no post links to one published after it, which
 * would show a reader of the older post a link it could not have had.
 */

export interface DatedPost {
  /** File name without extension, the /posts/<id>/ segment. */
  id: string;
  /** "YYYY-MM-DD" as written in the frontmatter. */
  pubDate: string;
  body: string;
}

/** ](/posts/slug/…) or href="/posts/slug" in Markdown, MDX or HTML. */
const POST_LINK = /(?:\]\(\s*<?|href=\{?["'])\/posts\/([^/)\s#?"'>]+)/g;

/** The posts a body links to, each once, in order of first appearance (list pages such as /posts/2/ left out). */
export function linkedPostIds(body: string): string[] {
  const ids = [...body.matchAll(POST_LINK)].map((match) => match[1]).filter((id) => !/^\d+$/.test(id));
  return [...new Set(ids)];
}

/** "a (2026-11-24) links to b, published later (2026-12-04)" for every such link. */
export function forwardLinks(posts: readonly DatedPost[]): string[] {
  const byId = new Map(posts.map((post) => [post.id, post]));
  return posts.flatMap((post) =>
    linkedPostIds(post.body).flatMap((id) => {
      const target = byId.get(id);
      if (!target || target.pubDate <= post.pubDate) return [];
      return [`${post.id} (${post.pubDate}) links to ${id}, published later (${target.pubDate})`];
    }),
  );
}

/**
 * "a: pubDate 2026-09-08 is before the file's first commit on 2026-11-24" for
 * every post dated earlier than the day it was written. A post with no commit
 * yet (undefined) is being written today, so today is its first day.
 */
export function datesBeforeFirstCommit(
  posts: readonly DatedPost[],
  firstCommitDay: (id: string) => string | undefined,
  today: string,
): string[] {
  return posts.flatMap((post) => {
    const written = firstCommitDay(post.id) ?? today;
    return post.pubDate < written ? [`${post.id}: pubDate ${post.pubDate} is before the file's first commit on ${written}`] : [];
  });
}
