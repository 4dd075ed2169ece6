import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getChangelog } from '../data/changelog';
import { withBase } from '../data/urls';
import { formatDate } from '../lib/content/formatDate';
import { site } from '../site.config';

/** The changelog of the calculators' models and catalogs, one item per entry. */
export async function GET(context: APIContext) {
  const items = await getChangelog();
  const feedSite = context.site ?? site.url;
  return rss({
    title: `${site.title}: changelog`,
    description: "What changed in the calculators' models and price catalogs, when, and which posts it touched.",
    site: feedSite,
    items: items.map(({ entry, subject, posts }) => ({
      title: `${subject}, ${formatDate(entry.data.date)}`,
      description: posts.length > 0 ? `${entry.data.change} Posts touched: ${posts.map((post) => post.data.title).join('; ')}.` : entry.data.change,
      pubDate: entry.data.date,
      // Absolute, so the feed library adds no trailing slash after the #anchor.
      link: new URL(`${withBase('/changelog/')}#${entry.id}`, feedSite).href,
      categories: [entry.data.subject],
    })),
    customData: `<language>${site.lang}</language>`,
  });
}
