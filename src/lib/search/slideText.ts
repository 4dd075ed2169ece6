import { resolvePublicPath } from '../content/publicPath';

/** Slide text as the talk page shows and the search index reads it: one entry per slide that has words. */
export interface SlideText {
  /** 1-based page number in the PDF. */
  number: number;
  text: string;
}

/**
 * Tidies the per-page text a PDF extractor returns: white space collapsed,
 * words split at line-end hyphens joined again, empty pages (section breaks,
 * image-only slides) dropped while the others keep their real page numbers.
 */
export function slidesFromPageText(pages: readonly string[]): SlideText[] {
  return pages
    .map((page, index) => ({
      number: index + 1,
      text: page
        .replace(/(\p{L})-\s*\n\s*(\p{Ll})/gu, '$1$2')
        .replace(/\s+/g, ' ')
        .trim(),
    }))
    .filter((slide) => slide.text !== '');
}

/** The file under public/ a talk's `slides` field points to, when it is a local PDF ("/slides/x.pdf" → "slides/x.pdf"). */
export function localSlidesPdf(slides: string | undefined): string | undefined {
  if (!slides) return undefined;
  const resolved = resolvePublicPath(slides);
  return resolved.ok && resolved.file.toLowerCase().endsWith('.pdf') ? resolved.file : undefined;
}
