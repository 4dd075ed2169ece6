/** Words a reader gets through per minute; technical prose with code reads slower than fiction. */
export const WORDS_PER_MINUTE = 220;

export function countWords(text: string): number {
  const words = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes, never less than one for a non-empty text. */
export function readingMinutes(text: string): number {
  const words = countWords(text);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
