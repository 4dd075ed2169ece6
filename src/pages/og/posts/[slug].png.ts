import type { APIContext } from 'astro';
import { getPosts, type Post } from '../../../data/queries';
import { ogImageResponse, postCard } from '../_cards';

export async function getStaticPaths() {
  return (await getPosts()).map((post) => ({ params: { slug: post.id }, props: { post } }));
}

export const GET = ({ props }: APIContext<{ post: Post }>) => ogImageResponse(postCard(props.post));
