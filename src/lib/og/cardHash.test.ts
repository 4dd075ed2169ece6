import { describe, expect, it } from 'vitest';
import { digestBytes, ogCardHash, type RenderContext } from './cardHash';
import type { OgCard } from './ogCard';

const context: RenderContext = {
  fontDigest: 'f1',
  theme: { bg: '#fff', fg: '#111', muted: '#555', surface: '#eee', border: '#ccc', accent: '#05c' },
  engine: 'satori@1.0.0 @resvg/resvg-js@2.0.0',
};
const card: OgCard = {
  kind: 'post',
  title: 'Title',
  description: 'Description',
  tags: ['kafka', 'cost'],
  date: new Date('2026-09-29T00:00:00Z'),
  siteTitle: 'Streaming Notes',
};

describe('digestBytes', () => {
  it('is SHA-256 over length-prefixed parts', () => {
    // sha256("3:abc") computed with `printf '3:abc' | sha256sum`.
    expect(digestBytes([new TextEncoder().encode('abc')])).toBe('aab5f9ae99b2e38fb462025c8f72f570c9c811705d2a4277dc855d7fa293fe97');
  });
  it('tells apart the same bytes split differently', () => {
    const enc = new TextEncoder();
    expect(digestBytes([enc.encode('ab'), enc.encode('c')])).not.toBe(digestBytes([enc.encode('a'), enc.encode('bc')]));
  });
});

describe('ogCardHash', () => {
  const base = ogCardHash(card, context);

  it('is a stable 64-character hex digest for the same inputs', () => {
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(ogCardHash({ ...card, tags: [...card.tags], date: new Date(card.date!.getTime()) }, { ...context })).toBe(base);
  });

  it('changes with every drawn field, the fonts, the colours and the rendering packages', () => {
    const variants: string[] = [
      ogCardHash({ ...card, title: 'Title!' }, context),
      ogCardHash({ ...card, description: 'Other' }, context),
      ogCardHash({ ...card, tags: ['kafka'] }, context),
      ogCardHash({ ...card, tags: ['cost', 'kafka'] }, context),
      ogCardHash({ ...card, date: new Date('2026-09-30T00:00:00Z') }, context),
      ogCardHash({ ...card, date: undefined }, context),
      ogCardHash({ ...card, kind: 'talk' }, context),
      ogCardHash({ ...card, siteTitle: 'Other site' }, context),
      ogCardHash(card, { ...context, fontDigest: 'f2' }),
      ogCardHash(card, { ...context, theme: { ...context.theme, accent: '#06d' } }),
      ogCardHash(card, { ...context, engine: 'satori@1.0.1 @resvg/resvg-js@2.0.0' }),
    ];
    expect(variants.every((v) => v !== base)).toBe(true);
    expect(new Set(variants).size).toBe(variants.length);
  });

  it('ignores what the card does not draw: tags past the fourth', () => {
    const four = { ...card, tags: ['a', 'b', 'c', 'd'] };
    expect(ogCardHash({ ...four, tags: [...four.tags, 'e'] }, context)).toBe(ogCardHash(four, context));
  });
});
