import type { APIContext } from 'astro';
import { tools, type ToolEntry } from '../../../lib/tools';
import { ogImageResponse, toolCard } from '../_cards';

export function getStaticPaths() {
  return tools.map((tool) => ({ params: { slug: tool.slug }, props: { tool } }));
}

export const GET = ({ props }: APIContext<{ tool: ToolEntry }>) => ogImageResponse(toolCard(props.tool));
