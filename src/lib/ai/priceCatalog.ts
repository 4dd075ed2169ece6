/**
 * Public list prices of coding-agent models, US dollars per million tokens.
 *
 * Every figure carries the page it was read from and the day it was read.
 * Where a vendor publishes no per-token figure for a category, the price is
 * `null` with a note saying why: the calculator then asks the reader for it
 * instead of inventing one. Prices move often; each one stays editable in the
 * calculator.
 */

/** One published price and where it came from. */
export interface PriceFigure {
  /** US dollars per million tokens; `null` when no public figure was found. */
  perMTok: number | null;
  /** Page the figure was read from. */
  sourceUrl: string;
  /** Day the figure was read, YYYY-MM-DD. */
  readOn: string;
  note?: string;
}

export type CatalogModelId =
  | 'claude-opus-4-7'
  | 'claude-sonnet-5-5'
  | 'gpt-5-5'
  | 'gemini-3-1-pro';

/** A prompt size above which the vendor bills the whole request at a higher rate. */
export interface LongPromptTier {
  aboveTokens: number;
  note: string;
  sourceUrl: string;
  readOn: string;
}

export interface CatalogModel {
  id: CatalogModelId;
  vendor: 'Anthropic' | 'OpenAI' | 'Google';
  name: string;
  /** Absent where the vendor lists no long-prompt surcharge. */
  longPrompt?: LongPromptTier;
  input: PriceFigure;
  output: PriceFigure;
  /** Price of input written into the prompt cache (Anthropic: the 5-minute write). */
  cacheWrite: PriceFigure;
  /** Price of input served from the prompt cache. */
  cacheRead: PriceFigure;
}

const READ_ON = '2026-11-24';

const anthropicPricing = 'https://platform.claude.com/docs/en/about-claude/pricing';
const sonnet55Overview = 'https://platform.claude.com/docs/zh-CN/models/sonnet-5-5/overview';
const sonnet55CacheCut = 'https://github.com/kurofune/claudit/releases/tag/v1.9.2';
const openAiPricing = 'https://developers.openai.com/api/docs/pricing';
const openAiCaching = 'https://developers.openai.com/api/docs/guides/prompt-caching';
const geminiPricing = 'https://ai.google.dev/gemini-api/docs/pricing';

const openAiReadVia =
  "OpenAI's page itself was not in the stored copies available; the figure was read from pages quoting it " +
  '(morphllm.com/openai-api-pricing, spendwall.app/blog/gpt-5-5-token-budget-rollout, vercel.com/ai-gateway/models/openai/gpt-5.5), which agree.';

const geminiReadVia =
  "Google's page itself was not in the stored copies available; the figure was read from pages quoting it " +
  '(cloudprice.net vertex_ai/gemini-3.1-pro-preview, blog.laozhang.ai gemini-3-1-pro-preview, morphllm.com/gemini-api-pricing).';

export const priceCatalog: readonly CatalogModel[] = [
  {
    id: 'claude-opus-4-7',
    vendor: 'Anthropic',
    name: 'Claude Opus 4.7',
    input: { perMTok: 5, sourceUrl: anthropicPricing, readOn: READ_ON },
    output: { perMTok: 25, sourceUrl: anthropicPricing, readOn: READ_ON },
    cacheWrite: {
      perMTok: 6.25,
      sourceUrl: anthropicPricing,
      readOn: READ_ON,
      note: 'The 5-minute cache write; a 1-hour write costs $10 per million tokens.',
    },
    cacheRead: { perMTok: 0.5, sourceUrl: anthropicPricing, readOn: READ_ON },
  },
  {
    id: 'claude-sonnet-5-5',
    vendor: 'Anthropic',
    name: 'Claude Sonnet 5.5',
    input: { perMTok: 2, sourceUrl: sonnet55Overview, readOn: READ_ON },
    output: { perMTok: 10, sourceUrl: sonnet55Overview, readOn: READ_ON },
    cacheWrite: {
      perMTok: 2.5,
      sourceUrl: sonnet55Overview,
      readOn: READ_ON,
      note: 'The 5-minute cache write; a 1-hour write costs $4 per million tokens.',
    },
    cacheRead: {
      perMTok: 0.1,
      sourceUrl: sonnet55CacheCut,
      readOn: READ_ON,
      note:
        "Anthropic's model page (stored copy) lists $0.20; two independent price-table changelogs " +
        '(kurofune/claudit v1.9.2, mahype/token-stats 0.3.2) record a cut to $0.10 from 2026-10-07.',
    },
  },
  {
    id: 'gpt-5-5',
    vendor: 'OpenAI',
    name: 'GPT-5.5',
    longPrompt: {
      aboveTokens: 272_000,
      note: 'Requests whose input crosses 272,000 tokens are billed at about 2× input and 1.5× output for the whole request.',
      sourceUrl: 'https://www.benchr.org/articles/gpt-5-5-pricing-explained',
      readOn: READ_ON,
    },
    input: { perMTok: 5, sourceUrl: openAiPricing, readOn: READ_ON, note: openAiReadVia },
    output: { perMTok: 30, sourceUrl: openAiPricing, readOn: READ_ON, note: openAiReadVia },
    cacheWrite: {
      perMTok: 5,
      sourceUrl: openAiCaching,
      readOn: READ_ON,
      note:
        'OpenAI caches prompt prefixes automatically and charges no write premium: a prefix that fills ' +
        'the cache is billed as ordinary input, so the input price is used here. Read from a page quoting ' +
        "OpenAI's prompt-caching guide (docs.apiyi.com/en/api-capabilities/openai/prompt-caching).",
    },
    cacheRead: { perMTok: 0.5, sourceUrl: openAiPricing, readOn: READ_ON, note: openAiReadVia },
  },
  {
    id: 'gemini-3-1-pro',
    vendor: 'Google',
    name: 'Gemini 3.1 Pro (preview)',
    longPrompt: {
      aboveTokens: 200_000,
      note: 'Prompts over 200,000 tokens are billed at $4 input and $18 output per million tokens.',
      sourceUrl: 'https://blog.laozhang.ai/en/posts/gemini-3-1-pro-preview-free-api',
      readOn: READ_ON,
    },
    input: { perMTok: 2, sourceUrl: geminiPricing, readOn: READ_ON, note: geminiReadVia },
    output: { perMTok: 12, sourceUrl: geminiPricing, readOn: READ_ON, note: geminiReadVia },
    cacheWrite: {
      perMTok: null,
      sourceUrl: geminiPricing,
      readOn: READ_ON,
      note:
        'No public per-token write price: Google bills explicit context caching as storage per token-hour ' +
        'instead. Enter your own per-million figure (the input price if you rely on implicit caching).',
    },
    cacheRead: { perMTok: 0.2, sourceUrl: geminiPricing, readOn: READ_ON, note: geminiReadVia },
  },
];

export function catalogModelById(id: string): CatalogModel | undefined {
  return priceCatalog.find((model) => model.id === id);
}
