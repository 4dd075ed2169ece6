/**
 * The few named and numeric entities that Pagefind's excerpts and the built pages' text use,
 * decoded without an HTML parser: the search page renders excerpts as text nodes, and the build
 * reads page words for the spelling vocabulary.
 */
const ENTITIES = new Map<string, string>(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'", nbsp: ' ' }));

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|apos|nbsp);/g, (_, name: string) => ENTITIES.get(name) ?? '');
}
