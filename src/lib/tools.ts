/** The calculators the site ships: one entry per tool page under /tools/. */
export interface ToolEntry {
  /** URL segment under /tools/ and the key used by CalculatorEmbed. */
  slug: 'kafka-sizing' | 'kafka-cost-attribution' | 'ai-rework-cost';
  title: string;
  description: string;
}

export const tools: readonly ToolEntry[] = [
  {
    slug: 'kafka-sizing',
    title: 'Kafka cluster sizing calculator',
    description:
      'Enter a workload and get a broker count, the constraint that sets it, every formula with its numbers, and the monthly cost.',
  },
  {
    slug: 'kafka-cost-attribution',
    title: 'Kafka cost attribution calculator',
    description:
      'Turn a cluster bill and what your cluster tools print into per-topic and per-team line items that add up to the cent.',
  },
  {
    slug: 'ai-rework-cost',
    title: 'AI rework cost calculator',
    description:
      'What a coding agent really costs per accepted change, with rework counted instead of ignored.',
  },
];

export function toolBySlug(slug: string): ToolEntry | undefined {
  return tools.find((tool) => tool.slug === slug);
}
