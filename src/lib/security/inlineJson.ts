/**
 * JSON for an inline `<script>` element (JSON-LD). JSON.stringify leaves `<`
 * as it is, so `</script>` in a post's title would end the element and the rest
 * would be parsed as HTML; escaping `<`, `>` and `&` as \u escapes keeps the
 * same JSON value. U+2028 and U+2029 are escaped for parsers that still treat
 * them as line ends inside strings.
 */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, unicodeEscape);
}
