/**
 * Renders search results as DOM nodes, shared by the /search/ page and the
 * header dialog. Everything is built from text nodes: neither the query nor
 * any indexed text is ever parsed as HTML.
 */
import type { ExcerptSegment, SearchHit } from '../../lib/search/searchResults';

/** Marks the links arrow keys move between. */
export const resultLinkAttribute = 'data-search-link';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(segments: ExcerptSegment[], className: string): HTMLElement {
  const paragraph = element('p', className);
  for (const segment of segments) {
    paragraph.append(segment.marked ? element('mark', 'rounded-sm bg-warn-soft px-0.5 text-fg', segment.text) : segment.text);
  }
  return paragraph;
}

function link(href: string, text: string, className: string): HTMLAnchorElement {
  const anchor = element('a', className, text);
  anchor.href = href;
  anchor.setAttribute(resultLinkAttribute, '');
  return anchor;
}

function hitItem(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'search-hit');
  const facts = element('p', 'text-xs text-muted');
  if (hit.typeLabel) facts.append(element('span', 'font-semibold uppercase tracking-wide', hit.typeLabel));
  if (hit.typeLabel && hit.dateLabel) facts.append(' · ');
  if (hit.dateLabel) {
    const time = element('time', '', hit.dateLabel);
    time.dateTime = hit.date;
    facts.append(time);
  }
  if (hit.tags.length > 0) {
    if (facts.childNodes.length > 0) facts.append(' · ');
    facts.append(hit.tags.map((tag) => `#${tag}`).join(' '));
  }
  if (facts.childNodes.length > 0) item.append(facts);
  const title = element('h3', 'text-base font-semibold leading-snug');
  title.append(link(hit.url, hit.title, 'text-fg'));
  item.append(title);
  if (hit.excerpt.length > 0) item.append(excerpt(hit.excerpt, 'search-excerpt mt-0.5 text-sm text-muted'));
  if (hit.sections.length > 0) {
    const sections = element('ul', 'mt-1.5 space-y-1 border-l-2 border-border pl-3');
    sections.setAttribute('aria-label', `Matching sections of ${hit.title}`);
    for (const section of hit.sections) {
      const entry = element('li', 'text-sm');
      entry.append(link(section.url, section.title, 'font-semibold'));
      if (section.excerpt.length > 0) entry.append(excerpt(section.excerpt, 'search-excerpt text-muted'));
      sections.append(entry);
    }
    item.append(sections);
  }
  return item;
}

/** Replaces (or extends, with `append`) the list with these hits; returns the first new link. */
export function renderHits(list: HTMLElement, hits: SearchHit[], append = false): HTMLAnchorElement | null {
  if (!append) list.replaceChildren();
  const items = hits.map(hitItem);
  list.append(...items);
  return items[0]?.querySelector<HTMLAnchorElement>(`[${resultLinkAttribute}]`) ?? null;
}
