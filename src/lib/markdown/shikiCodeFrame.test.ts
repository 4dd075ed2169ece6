import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { shikiCodeFrame, titleFromMeta } from './shikiCodeFrame';

function frame(meta: string): Promise<string> {
  return codeToHtml('set -g mouse on', {
    lang: 'bash',
    theme: 'github-light',
    meta: { __raw: meta },
    transformers: [shikiCodeFrame],
  });
}

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

describe('shikiCodeFrame', () => {
  it('puts the checker label under the code, as text in the frame', async () => {
    const html = await frame('title="~/.tmux.conf" check="tmux"');
    expect(html).toMatch(
      /^<div class="code-frame" data-code-frame=""><div class="code-title">~\/.tmux.conf<\/div><pre[^]*<\/pre><p class="code-check code-check-tool">Checked: loads in a real tmux server[^<]*<\/p><\/div>$/,
    );
  });
  it('marks an unchecked block as such', async () => {
    expect(await frame('check="none"')).toContain(
      '<p class="code-check code-check-none">Not checked by any tool: read it before pasting</p>',
    );
  });
  it('adds no label to a fence without a checker', async () => {
    expect(await frame('title="a.txt"')).not.toContain('code-check');
  });
  it('fails the block on a checker name it does not know', async () => {
    await expect(frame('check="tmx"')).rejects.toThrow(/check="tmx" is not a checker/);
  });
});
