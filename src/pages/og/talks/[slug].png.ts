import type { APIContext } from 'astro';
import { getTalks, type Talk } from '../../../data/queries';
import { ogImageResponse, talkCard } from '../_cards';

export async function getStaticPaths() {
  return (await getTalks()).map((talk) => ({ params: { slug: talk.id }, props: { talk } }));
}

export const GET = ({ props }: APIContext<{ talk: Talk }>) => ogImageResponse(talkCard(props.talk));
