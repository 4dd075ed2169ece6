import { describe, expect, it } from 'vitest';
import { decodeEntities } from './htmlEntities';

describe('decodeEntities', () => {
  it('decodes the entities excerpts and page text use, and nothing else', () => {
    expect(decodeEntities('Tom &amp; Jerry&#39;s &lt;b&gt; &quot;x&quot; it&apos;s&#x27; a&nbsp;b')).toBe('Tom & Jerry\'s <b> "x" it\'s\' a b');
    expect(decodeEntities('&copy; stays')).toBe('&copy; stays');
  });
});
