/**
 * What readers type into search and the page each of them wants, for the
 * relevance table of bench/search.bench.ts and the rank checks of
 * tests/browser/search.test.ts. `within` is the rank the page must reach at
 * worst where the browser test holds it to one.
 */
export interface ReaderQuery {
  query: string;
  /** Site path of the page the reader wants. */
  wants: string;
  within?: number;
}

const sizingPost = '/posts/kafka-sizing-without-hand-waving/';
const costPost = '/posts/which-topic-is-costing-us/';
const crossAzPost = '/posts/the-cross-az-line-on-your-kafka-bill/';

export const readerQueries: readonly ReaderQuery[] = [
  { query: 'kafka sizing', wants: sizingPost, within: 1 },
  { query: 'how many brokers', wants: sizingPost, within: 3 },
  { query: 'cost attribution', wants: costPost, within: 3 },
  { query: 'chargeback', wants: costPost, within: 3 },
  { query: 'showback', wants: costPost, within: 3 },
  { query: 'cross-AZ', wants: crossAzPost, within: 1 },
  { query: 'inter-AZ traffic', wants: crossAzPost, within: 3 },
  { query: 'fetch from follower', wants: crossAzPost },
  { query: 'tmux', wants: '/posts/terminal-setup-for-coding-agents/' },
  { query: 'model tendencies', wants: '/posts/ai-assisted-development-model-tendencies/' },
  { query: 'rework calculator', wants: '/tools/ai-rework-cost/' },
  { query: 'sizing calculator', wants: '/tools/kafka-sizing/', within: 1 },
];
