import { describe, expect, it } from 'vitest';
import { brokenPostReferences } from './references';

describe('brokenPostReferences', () => {
  const posts = new Set(['kafka-sizing', 'cost']);

  it('names the file, the field and the missing post for each broken reference', () => {
    expect(
      brokenPostReferences(
        [
          { filePath: 'content/talks/a.md', field: 'relatedPosts', refs: [{ id: 'kafka-sizing' }, { id: 'nope' }] },
          { filePath: 'content/repos/b.md', field: 'relatedPosts', refs: [{ id: 'gone' }] },
        ],
        posts,
      ),
    ).toEqual([
      'content/talks/a.md: relatedPosts[1] references the post "nope", but content/posts/ has no post with that name',
      'content/repos/b.md: relatedPosts[0] references the post "gone", but content/posts/ has no post with that name',
    ]);
  });

  it('finds nothing when every reference resolves', () => {
    expect(brokenPostReferences([{ filePath: 'x.md', field: 'relatedPosts', refs: [{ id: 'cost' }] }], posts)).toEqual([]);
  });
});
