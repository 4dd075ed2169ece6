import type { APIContext } from 'astro';
import { postFeed } from '../data/feed';
import { getPosts } from '../data/queries';
import { site } from '../site.config';

/** Full-content feed of the published posts. */
export async function GET(context: APIContext) {
  return postFeed({ title: site.title, description: site.description, site: context.site, posts: await getPosts() });
}
