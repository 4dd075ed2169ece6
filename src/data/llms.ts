import { getPosts } from './queries';
import { postUrl, toolUrl, withBase } from './urls';
import type { LlmsSections, LlmsSite } from '../lib/llms/llmsTxt';
import { tools } from '../lib/tools';
import { site } from '../site.config';

export const llmsSite: LlmsSite = { title: site.title, description: site.description, about: site.tagline };

/** Published posts (never drafts in a build), the tools and the secondary links, with absolute URLs. */
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
    ],
  };
}
