import { getPosts } from './queries';
import { postUrl, toolUrl, withBase } from './urls';
import type { LlmsSections, LlmsSite } from '../lib/llms/llmsTxt';
import { tools } from '../lib/tools';
import { site } from '../site.config';

export const llmsSite: LlmsSite = { title: site.title, description: site.description, about: site.tagline };

/** Published posts (never drafts in a build), the tools and the secondary links, with absolute URLs; never the sample talks and repos. */
export async function llmsSections(siteUrl: URL | undefined): Promise<LlmsSections> {
  const absolute = (path: string) => new URL(path, siteUrl ?? site.url).href;
  const posts = await getPosts();
  return {
    posts: posts.map((post) => ({
      title: post.data.title,
      url: absolute(postUrl(post.id)),
      description: post.data.description,
      pubDate: post.data.pubDate,
      tags: post.data.tags,
      body: post.body ?? '',
    })),
    tools: tools.map((tool) => ({ slug: tool.slug, title: tool.title, url: absolute(toolUrl(tool.slug)), description: tool.description })),
    optional: [
      { title: 'Full text of every post', url: absolute(withBase('/llms-full.txt')), description: 'The Markdown source of each post in one file.' },
      { title: 'RSS feed', url: absolute(withBase('/rss.xml')), description: 'Every post with its full content.' },
      { title: 'About', url: absolute(withBase('/about/')), description: 'Who writes this site.' },
      { title: 'Start here', url: absolute(withBase('/start-here/')), description: 'Where to begin, by what you came for.' },
      {
        title: 'How this site is written',
        url: absolute(withBase('/how-this-site-is-written/')),
        description: "Drafted with AI coding agents from the author's notes and public sources; how the numbers are checked and corrections sent.",
      },
      { title: 'Changelog', url: absolute(withBase('/changelog/')), description: "What changed in the calculators' models and price catalogs, and which posts it touched." },
      { title: 'Changelog feed', url: absolute(withBase('/changelog.xml')), description: 'The changelog as RSS.' },
    ],
  };
}
