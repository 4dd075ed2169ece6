/**
 * The public changelog of the calculators' models and catalogs
 * (content/changelog.yaml): what each entry is about, in words, and the order
 * the page and feed show them in.
 */

/** What an entry changed: one of the three models or one of the two catalogs. */
export const changelogSubjects = {
  'kafka-sizing': 'Kafka sizing model',
  'broker-catalog': 'Broker catalog',
  'kafka-cost-attribution': 'Kafka cost attribution model',
  'ai-rework-cost': 'AI rework cost model',
  'price-catalog': 'AI price catalog',
} as const;

export type ChangelogSubject = keyof typeof changelogSubjects;
export const changelogSubjectIds = Object.keys(changelogSubjects) as [ChangelogSubject, ...ChangelogSubject[]];

export interface ChangelogEntrySummary {
  id: string;
  data: { date: Date };
}

/** Newest first; entries of one day keep the order of the file (newest at the top). */
export function sortChangelog<T extends ChangelogEntrySummary>(entries: readonly T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime() || a.index - b.index)
    .map(({ entry }) => entry);
}
