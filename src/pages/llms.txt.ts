import type { APIContext } from 'astro';
import { llmsSections, llmsSite } from '../data/llms';
import { buildLlmsTxt } from '../lib/llms/llmsTxt';

/** https://llmstxt.org/ index of the site for readers who read through their agents. */
export async function GET(context: APIContext) {
  const text = buildLlmsTxt(llmsSite, await llmsSections(context.site));
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
