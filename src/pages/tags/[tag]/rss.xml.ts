import type { APIContext } from 'astro';
import { postFeed } from '../../../data/feed';
import { getPosts, type Post } from '../../../data/queries';
import { countTags, tagSlug } from '../../../lib/content/tags';
import { site } from '../../../site.config';

/** One feed per tag page, with the same posts the tag page lists. */
export async function getStaticPaths() {
  const posts = await getPosts();
  return countTags(posts.map((p) => p.data)).map((t) => ({
    params: { tag: t.slug },
    props: { tag: t.tag, posts: posts.filter((p) => p.data.tags.some((x) => tagSlug(x) === t.slug)) },
  }));
}

export async function GET(context: APIContext<{ tag: string; posts: Post[] }>) {
  const { tag, posts } = context.props;
  return postFeed({
    title: `${site.title}: #${tag}`,
    description: `Posts tagged #${tag} on ${site.title}.`,
    site: context.site,
    posts,
  });
}
