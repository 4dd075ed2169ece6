import { formatDate } from '../content/formatDate';
import type { ThemeTokens } from './themeTokens';

/** Open Graph images are 1200×630: the size Facebook, LinkedIn, Slack and X crop to without letterboxing. */
export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/**
 * Part of every cache key beside the element tree and the package versions.
 * Bump it when the pixels change without either changing (satori or resvg
 * options), so every image is re-rendered once and no stale one is served.
 */
export const OG_TEMPLATE_VERSION = 1;

export type OgCardKind = 'post' | 'talk' | 'tool' | 'site';

/** Everything drawn on a card. */
export interface OgCard {
  kind: OgCardKind;
  title: string;
  description: string;
  tags: readonly string[];
  date?: Date;
  /** Shown in the top-left corner of every card. */
  siteTitle: string;
}

/** The subset of satori's element shape the card uses: plain objects, no React. */
export interface CardElement {
  type: 'div' | 'span';
  props: {
    style: Record<string, string | number>;
    children?: string | CardElement | Array<string | CardElement>;
  };
}

const KIND_LABEL: Record<OgCardKind, string> = {
  post: 'Article',
  talk: 'Talk',
  tool: 'Calculator',
  site: '',
};

/** At most this many tags fit on the bottom row beside the date. */
const MAX_TAGS = 4;
const MAX_DESCRIPTION_CHARS = 180;

/** Longer titles get a smaller size so that three lines always fit above the description. */
export function titleFontSize(title: string): number {
  if (title.length <= 36) return 72;
  if (title.length <= 64) return 60;
  return 50;
}

/** Cuts text at the last word boundary before `max` characters and marks the cut with an ellipsis. */
export function truncateText(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,.;:–—-]+$/, '')}…`;
}

function el(type: CardElement['type'], style: CardElement['props']['style'], children?: CardElement['props']['children']): CardElement {
  return children === undefined ? { type, props: { style } } : { type, props: { style, children } };
}

/** The card as a satori element tree: site name and kind on top, title and description, tags and date at the bottom. */
export function ogCardTree(card: OgCard, theme: ThemeTokens): CardElement {
  const kindLabel = KIND_LABEL[card.kind];
  const header = el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28 }, [
    el('div', { display: 'flex', alignItems: 'center', fontWeight: 700, color: theme.fg }, [
      el('div', { width: 22, height: 22, borderRadius: 6, backgroundColor: theme.accent, marginRight: 14 }),
      card.siteTitle,
    ]),
    ...(kindLabel ? [el('div', { color: theme.muted, fontWeight: 400 }, kindLabel)] : []),
  ]);

  const body = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
    el(
      'div',
      { fontSize: titleFontSize(card.title), fontWeight: 700, lineHeight: 1.12, color: theme.fg, lineClamp: 3, display: 'block' },
      card.title,
    ),
    el(
      'div',
      { marginTop: 24, fontSize: 30, lineHeight: 1.4, color: theme.muted, lineClamp: 3, display: 'block' },
      truncateText(card.description, MAX_DESCRIPTION_CHARS),
    ),
  ]);

  const tags = card.tags.slice(0, MAX_TAGS).map((tag) =>
    el(
      'div',
      {
        marginRight: 12,
        padding: '6px 18px',
        borderRadius: 999,
        border: `2px solid ${theme.border}`,
        backgroundColor: theme.surface,
        color: theme.fg,
      },
      `#${tag}`,
    ),
  );
  const footer = el('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 24 }, [
    el('div', { display: 'flex' }, tags),
    el('div', { color: theme.muted }, card.date ? formatDate(card.date) : ''),
  ]);

  return el(
    'div',
    {
      // satori sizes boxes content-box by default: padding and the bar must sit inside the canvas.
      boxSizing: 'border-box',
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      padding: '56px 72px 56px 84px',
      backgroundColor: theme.bg,
      borderLeft: `12px solid ${theme.accent}`,
      fontFamily: 'Inter',
    },
    [header, body, footer],
  );
}

/** Text for og:image:alt: what the card says, for readers who cannot see it. */
export function ogCardAlt(card: Pick<OgCard, 'title' | 'siteTitle'>): string {
  return card.title === card.siteTitle ? `${card.siteTitle}: site card` : `${card.title} · ${card.siteTitle}`;
}
