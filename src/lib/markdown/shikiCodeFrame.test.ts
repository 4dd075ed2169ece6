import { describe, expect, it } from 'vitest';
import { titleFromMeta } from './shikiCodeFrame';

describe('titleFromMeta', () => {
  it('reads double- and single-quoted titles among other meta', () => {
    expect(titleFromMeta('{1,3} title="~/.tmux.conf" showLineNumbers')).toBe('~/.tmux.conf');
    expect(titleFromMeta("title='src/app.ts'")).toBe('src/app.ts');
  });
  it('ignores missing, empty or look-alike attributes', () => {
    expect(titleFromMeta(undefined)).toBeUndefined();
    expect(titleFromMeta('title=""')).toBeUndefined();
    expect(titleFromMeta('subtitle="x"')).toBeUndefined();
  });
});
