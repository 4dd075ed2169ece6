import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getPosts } from '../data/queries';
import { postUrl } from '../data/urls';
import { mdxComponents } from '../components/mdx';
import { site } from '../site.config';

/** Full-content feed of the published posts, rendered the same way as the article pages. */
export async function GET(context: APIContext) {
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const posts = await getPosts();
  const items = await Promise.all(
    posts.map(async (post) => {
      const { Content } = await render(post);
      const content = await container.renderToString(Content, { props: { components: mdxComponents } });
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
  return rss({
    title: site.title,
    description: site.description,
    site: context.site ?? site.url,
    items,
    customData: `<language>${site.lang}</language>`,
  });
}
