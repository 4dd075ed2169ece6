import { describe, expect, it } from 'vitest';
import { changelogSubjectIds, changelogSubjects, sortChangelog } from './changelog';

describe('changelog', () => {
  it('names every subject', () => {
    expect(changelogSubjectIds).toEqual(Object.keys(changelogSubjects));
    expect(changelogSubjects['price-catalog']).toBe('AI price catalog');
  });

  it('sorts newest first and keeps the file order within a day', () => {
    const entry = (id: string, day: string) => ({ id, data: { date: new Date(day) } });
    const sorted = sortChangelog([entry('a', '2026-11-24'), entry('b', '2026-12-04'), entry('c', '2026-11-24'), entry('d', '2026-12-04')]);
    expect(sorted.map((e) => e.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});
