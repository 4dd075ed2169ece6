import type { Post, Talk } from '../../data/queries';
import { createOgImageRenderer } from '../../lib/og/renderOgImage';
import type { OgCard } from '../../lib/og/ogCard';
import type { ToolEntry } from '../../lib/tools';
import { site } from '../../site.config';

/** One renderer for the whole build, so fonts load once; `astro build` runs from the project root. */
const renderer = createOgImageRenderer({ root: process.cwd() });

/** The card's PNG as a static file, rendered only when its inputs changed since the last build. */
export async function ogImageResponse(card: OgCard): Promise<Response> {
  const png = await renderer.render(card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}

export function postCard(post: Post): OgCard {
  const { title, description, tags, pubDate } = post.data;
  return { kind: 'post', title, description, tags, date: pubDate, siteTitle: site.title };
}

export function talkCard(talk: Talk): OgCard {
  const { title, event, location, tags, date } = talk.data;
  return { kind: 'talk', title, description: location ? `${event}, ${location}` : event, tags, date, siteTitle: site.title };
}

export function toolCard(tool: ToolEntry): OgCard {
  return { kind: 'tool', title: tool.title, description: tool.description, tags: [], siteTitle: site.title };
}

export function siteCard(): OgCard {
  return { kind: 'site', title: site.title, description: site.description, tags: [], siteTitle: site.title };
}
