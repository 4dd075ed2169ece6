/**
 * Loads the spelling vocabulary the build writes beside the index
 * (pagefind/vocabulary.json), once, the first time a query finds nothing.
 */
import { withBase } from '../../data/urls';
import { parseVocabulary } from '../../lib/search/vocabulary';

let loading: Promise<string[]> | undefined;

export function loadVocabulary(): Promise<string[]> {
  loading ??= fetch(withBase('/pagefind/vocabulary.json')).then(async (response) => {
    if (!response.ok) throw new Error(`vocabulary.json: HTTP ${response.status}`);
    return parseVocabulary(await response.json());
  });
  // A failed load may succeed on the next query that finds nothing.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
