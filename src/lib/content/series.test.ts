import { describe, expect, it } from 'vitest';
import type { PostSummary } from './posts';
import { allSeries, seriesPosition, seriesSlug } from './series';

function post(id: string, date: string, series?: string, seriesPart?: number): PostSummary {
  return { id, data: { title: id, pubDate: new Date(date), tags: [], draft: false, series, seriesPart } };
}

// Part numbers decide the order, not dates: "cost" (part 2) is older than "sizing" (part 1) would suggest.
const sizing = post('sizing', '2026-09-08', 'Kafka capacity and cost', 1);
const cost = post('cost', '2026-09-01', 'Kafka capacity and cost', 2);
const crossAz = post('cross-az', '2026-11-17', 'Kafka capacity and cost', 3);
const agents1 = post('agents-1', '2026-10-01', 'Agents');
const agents2 = post('agents-2', '2026-10-20', 'Agents');
const loose = post('loose', '2026-10-06');
const posts = [crossAz, loose, agents2, cost, sizing, agents1];

describe('seriesSlug', () => {
  it('follows the tag rules', () => {
    expect(seriesSlug('Kafka capacity and cost')).toBe('kafka-capacity-and-cost');
    expect(seriesSlug('Café & Kafka: Part II')).toBe('cafe-kafka-part-ii');
  });
});

describe('allSeries', () => {
  it('lists each series once, alphabetically, with its parts in reading order', () => {
    expect(allSeries(posts).map((s) => [s.name, s.slug, s.parts.map((p) => p.id)])).toEqual([
      ['Agents', 'agents', ['agents-1', 'agents-2']],
      ['Kafka capacity and cost', 'kafka-capacity-and-cost', ['sizing', 'cost', 'cross-az']],
    ]);
  });

  it('is empty when no post is in a series', () => {
    expect(allSeries([loose])).toEqual([]);
  });

  it('refuses two names that would share one page', () => {
    expect(() => allSeries([post('x', '2026-01-01', 'Kafka costs'), post('y', '2026-01-02', 'Kafka: costs')])).toThrow(
      'series "Kafka costs" and "Kafka: costs" both have the URL slug "kafka-costs": rename one',
    );
    expect(() => allSeries([post('x', '2026-01-01', '!!!')])).toThrow('series "!!!" has no letters or digits');
  });
});

describe('seriesPosition', () => {
  it('gives the part, its index and both neighbours in the middle', () => {
    const position = seriesPosition(posts, 'cost');
    expect(position?.name).toBe('Kafka capacity and cost');
    expect(position?.index).toBe(1);
    expect(position?.previous?.id).toBe('sizing');
    expect(position?.next?.id).toBe('cross-az');
  });

  it('has no previous for the first part and no next for the last', () => {
    expect(seriesPosition(posts, 'sizing')).toMatchObject({ index: 0, previous: undefined, next: cost });
    expect(seriesPosition(posts, 'cross-az')).toMatchObject({ index: 2, previous: cost, next: undefined });
  });

  it('is undefined for a post outside any series or an unknown id', () => {
    expect(seriesPosition(posts, 'loose')).toBeUndefined();
    expect(seriesPosition(posts, 'missing')).toBeUndefined();
  });
});
