import rss, { type RSSFeedItem } from '@astrojs/rss';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import CalculatorLink from '../components/feed/CalculatorLink.astro';
import { mdxComponents } from '../components/mdx';
import { site } from '../site.config';
import type { Post } from './queries';
import { postUrl } from './urls';

/** The article's components, with each embedded calculator swapped for a link to its tool page. */
const feedComponents = { ...mdxComponents, CalculatorEmbed: CalculatorLink };

/** Feed items with each post's full content, rendered like the article pages minus the interactive parts. */
export async function postFeedItems(posts: readonly Post[]): Promise<RSSFeedItem[]> {
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  return Promise.all(
    posts.map(async (post) => {
      const { Content } = await render(post);
      const content = await container.renderToString(Content, { props: { components: feedComponents } });
      return {
        title: post.data.title,
        description: post.data.description,
        pubDate: post.data.pubDate,
        link: postUrl(post.id),
        categories: [...post.data.tags],
        content,
      };
    }),
  );
}

export interface PostFeedOptions {
  title: string;
  description: string;
  site: URL | string | undefined;
  posts: readonly Post[];
}

/** A full-content RSS feed of the given posts (the site feed and the per-tag feeds). */
export async function postFeed({ title, description, site: siteUrl, posts }: PostFeedOptions): Promise<Response> {
  return rss({
    title,
    description,
    site: siteUrl ?? site.url,
    items: await postFeedItems(posts),
    customData: `<language>${site.lang}</language>`,
  });
}
