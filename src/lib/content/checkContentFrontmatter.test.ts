import { describe, expect, it } from 'vitest';
import { frontmatterLine, FrontmatterError, parseEntryFile, renderFrontmatter } from './checkContentFrontmatter';

describe('parseEntryFile', () => {
  it('reads dates as dates, keeps "yes" a string and finds the body line', () => {
    const entry = parseEntryFile('---\ntitle: yes\npubDate: 2026-12-01\n---\n\nBody.\n', 'a.md');
    expect(entry.data).toEqual({ title: 'yes', pubDate: new Date('2026-12-01T00:00:00Z') });
    expect(entry.bodyLine).toBe(5);
    expect(entry.body).toBe('\nBody.\n');
  });

  it('throws a FrontmatterError with the file and line', () => {
    expect(() => parseEntryFile('---\ntitle: x\n', 'b.md')).toThrow('b.md:1: the frontmatter opens with "---" but no closing "---" line follows');
    expect(() => parseEntryFile('---\n- a\n- b\n---\n', 'c.md')).toThrow(FrontmatterError);
    expect(() => parseEntryFile('---\ntitle: "open\n---\n', 'd.md')).toThrow(/^d\.md:\d+: invalid YAML/);
  });
});

describe('frontmatterLine', () => {
  const entry = parseEntryFile('---\ntitle: T\ntags:\n  - a\n  - b\n---\n', 'e.md');
  it('is the line of a value, of a list item, or of the nearest parent', () => {
    expect(frontmatterLine(entry, ['title'])).toBe(2);
    expect(frontmatterLine(entry, ['tags', 1])).toBe(5);
    expect(frontmatterLine(entry, ['tags', 7])).toBe(4);
    expect(frontmatterLine(entry, ['missing'])).toBe(1);
  });
});

describe('renderFrontmatter', () => {
  it('quotes strings YAML would read as dates and writes dates as YYYY-MM-DD', () => {
    const text = renderFrontmatter({ title: '2026-12-04', pubDate: new Date('2026-12-04T00:00:00Z'), tags: ['a'] });
    expect(text).toBe('---\ntitle: "2026-12-04"\npubDate: 2026-12-04\ntags:\n  - a\n---\n');
    expect(parseEntryFile(text, 'f.md').data).toEqual({ title: '2026-12-04', pubDate: new Date('2026-12-04T00:00:00Z'), tags: ['a'] });
  });
});
