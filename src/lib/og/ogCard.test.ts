import { describe, expect, it } from 'vitest';
import { OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH, ogCardAlt, ogCardTree, titleFontSize, truncateText, type CardElement, type OgCard } from './ogCard';
import type { ThemeTokens } from './themeTokens';

const theme: ThemeTokens = { bg: '#fff', fg: '#111', muted: '#555', surface: '#eee', border: '#ccc', accent: '#05c' };
const card: OgCard = {
  kind: 'post',
  title: 'Kafka sizing without the hand-waving',
  description: 'Six constraints that each set a broker count.',
  tags: ['kafka', 'sizing', 'capacity-planning', 'aws', 'extra'],
  date: new Date('2026-09-08T00:00:00Z'),
  siteTitle: 'Streaming Notes',
};

/** Every text string in the tree, depth first. */
function texts(node: CardElement | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

describe('truncateText', () => {
  it('keeps text that fits, collapsing whitespace', () => {
    expect(truncateText('  two\n words ', 20)).toBe('two words');
  });
  it('cuts at the last word boundary and adds an ellipsis', () => {
    // "alpha beta gamma delta" cut before 15 chars: "alpha beta gam" → last space at 10 → "alpha beta…"
    expect(truncateText('alpha beta gamma delta', 15)).toBe('alpha beta…');
  });
  it('drops trailing punctuation before the ellipsis', () => {
    expect(truncateText('alpha beta, gamma delta', 13)).toBe('alpha beta…');
  });
  it('cuts inside a word when there is no space in the second half', () => {
    expect(truncateText('abcdefghijklmnop', 8)).toBe('abcdefg…');
  });
});

describe('titleFontSize', () => {
  it('shrinks as titles grow', () => {
    expect(titleFontSize('x'.repeat(36))).toBe(72);
    expect(titleFontSize('x'.repeat(37))).toBe(60);
    expect(titleFontSize('x'.repeat(64))).toBe(60);
    expect(titleFontSize('x'.repeat(65))).toBe(50);
  });
});

describe('ogCardTree', () => {
  const tree = ogCardTree(card, theme);

  it('is a 1200×630 root in the Inter font with the accent bar', () => {
    expect(OG_IMAGE_WIDTH).toBe(1200);
    expect(OG_IMAGE_HEIGHT).toBe(630);
    expect(tree.props.style).toMatchObject({ width: '100%', height: '100%', fontFamily: 'Inter', borderLeft: '12px solid #05c', backgroundColor: '#fff' });
  });

  it('draws the site title, kind, title, description, first four tags and the date in order', () => {
    expect(texts(tree)).toEqual([
      'Streaming Notes',
      'Article',
      'Kafka sizing without the hand-waving',
      'Six constraints that each set a broker count.',
      '#kafka',
      '#sizing',
      '#capacity-planning',
      '#aws',
      '8 Sept 2026',
    ]);
  });

  it('labels talks and tools and leaves the site card unlabelled and undated', () => {
    expect(texts(ogCardTree({ ...card, kind: 'talk' }, theme))).toContain('Talk');
    expect(texts(ogCardTree({ ...card, kind: 'tool' }, theme))).toContain('Calculator');
    const site = texts(ogCardTree({ ...card, kind: 'site', tags: [], date: undefined }, theme));
    expect(site).not.toContain('Article');
    expect(site.at(-1)).toBe('');
  });

  it('gives every element a style so satori never guesses a layout', () => {
    const walk = (node: CardElement | string): boolean =>
      typeof node === 'string' ||
      (typeof node.props.style === 'object' &&
        (node.props.children === undefined || (Array.isArray(node.props.children) ? node.props.children : [node.props.children]).every(walk)));
    expect(walk(tree)).toBe(true);
  });
});

describe('ogCardAlt', () => {
  it('names the page and the site', () => {
    expect(ogCardAlt(card)).toBe('Kafka sizing without the hand-waving · Streaming Notes');
    expect(ogCardAlt({ title: 'Streaming Notes', siteTitle: 'Streaming Notes' })).toBe('Streaming Notes: site card');
  });
});
