import { describe, expect, it } from 'vitest';
import {
  adjacentPosts,
  isPublished,
  publicationBanner,
  publicationStatus,
  relatedPosts,
  seriesParts,
  sortNewestFirst,
  type PostSummary,
} from './posts';

function post(id: string, date: string, tags: string[] = [], extra: Partial<PostSummary['data']> = {}): PostSummary {
  return { id, data: { title: id, pubDate: new Date(date), tags, draft: false, ...extra } };
}

const a = post('a', '2026-01-01', ['kafka', 'cost']);
const b = post('b', '2026-02-01', ['kafka']);
const c = post('c', '2026-03-01', ['ai']);
const d = post('d', '2026-02-01', ['kafka', 'cost', 'aws']);

describe('isPublished', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it('hides drafts outside dev', () => {
    const draft = post('x', '2026-01-01', [], { draft: true });
    expect(isPublished(draft, false, now)).toBe(false);
    expect(isPublished(draft, true, now)).toBe(true);
    expect(isPublished(a, false, now)).toBe(true);
  });
  it('hides a post dated after now outside dev, and shows it once its date has passed', () => {
    const scheduled = post('s', '2026-06-02');
    expect(isPublished(scheduled, false, now)).toBe(false);
    expect(isPublished(scheduled, true, now)).toBe(true);
    expect(isPublished(scheduled, false, new Date('2026-06-02T00:00:00Z'))).toBe(true);
  });
});

describe('publicationStatus', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  it('calls a draft a draft whatever its date', () => {
    expect(publicationStatus(post('d', '2027-01-01', [], { draft: true }), now)).toEqual({ kind: 'draft' });
  });
  it('schedules a post dated after now', () => {
    expect(publicationStatus(post('s', '2026-07-01'), now)).toEqual({ kind: 'scheduled', date: new Date('2026-07-01') });
  });
  it('publishes a post dated now or earlier', () => {
    expect(publicationStatus(post('p', '2026-06-01'), now)).toEqual({ kind: 'published' });
  });
});

describe('publicationBanner', () => {
  it('names drafts and scheduled dates, and says nothing for published posts', () => {
    expect(publicationBanner({ kind: 'draft' })).toBe('Draft — not published');
    expect(publicationBanner({ kind: 'scheduled', date: new Date('2026-07-01') })).toBe('Scheduled for 1 Jul 2026');
    expect(publicationBanner({ kind: 'published' })).toBeUndefined();
  });
});

describe('sortNewestFirst', () => {
  it('sorts by date descending, ties by id', () => {
    expect(sortNewestFirst([a, b, c, d]).map((p) => p.id)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('adjacentPosts', () => {
  it('returns the newer and older neighbours', () => {
    const { newer, older } = adjacentPosts([a, b, c, d], 'b');
    expect(newer?.id).toBe('c');
    expect(older?.id).toBe('d');
  });
  it('has no newer post for the newest and nothing for an unknown id', () => {
    expect(adjacentPosts([a, c], 'c').newer).toBeUndefined();
    expect(adjacentPosts([a, c], 'zzz')).toEqual({});
  });
});

describe('relatedPosts', () => {
  it('ranks by shared tags, then newest, and never includes unrelated posts', () => {
    expect(relatedPosts([a, b, c, d], a).map((p) => p.id)).toEqual(['d', 'b']);
  });
  it('respects the limit', () => {
    expect(relatedPosts([a, b, c, d], a, 1).map((p) => p.id)).toEqual(['d']);
  });
});

describe('seriesParts', () => {
  it('orders explicit parts first, then by date', () => {
    const p1 = post('p1', '2026-05-01', [], { series: 's', seriesPart: 2 });
    const p2 = post('p2', '2026-01-01', [], { series: 's', seriesPart: 1 });
    const p3 = post('p3', '2026-03-01', [], { series: 's' });
    const other = post('o', '2026-01-01', [], { series: 't' });
    expect(seriesParts([p1, p2, p3, other], 's').map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
  });
});
