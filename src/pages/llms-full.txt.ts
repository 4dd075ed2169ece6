import type { APIContext } from 'astro';
import { llmsSections, llmsSite } from '../data/llms';
import { buildLlmsFullTxt } from '../lib/llms/llmsTxt';

/** llms.txt with every published post's full Markdown source. */
export async function GET(context: APIContext) {
  const text = buildLlmsFullTxt(llmsSite, await llmsSections(context.site));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
