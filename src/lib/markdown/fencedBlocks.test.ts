import { describe, expect, it } from 'vitest';
import { fencedBlocks } from './fencedBlocks';

const source = [
  '---',
  'title: "```not a fence```"',
  '---',
  'Text.',
  '',
  '```bash title="~/.tmux.conf" check="tmux"',
  'set -g mouse on',
  '```',
  '',
  '````md',
  '```inner',
  '````',
  '~~~',
  'plain',
  '~~~',
  '```ini check="kitty"',
  'x = 1',
  '```',
].join('\n');

describe('fencedBlocks', () => {
  const blocks = fencedBlocks(source);
  it('finds each block with its line, fence, language, title, checker and content', () => {
    expect(blocks[0]).toEqual({
      line: 6,
      fence: '```bash title="~/.tmux.conf" check="tmux"',
      lang: 'bash',
      meta: 'title="~/.tmux.conf" check="tmux"',
      title: '~/.tmux.conf',
      check: 'tmux',
      content: 'set -g mouse on\n',
    });
  });
  it('closes a fence only on its own marker, at least as long', () => {
    expect(blocks.map((b) => [b.line, b.lang, b.content])).toEqual([
      [6, 'bash', 'set -g mouse on\n'],
      [10, 'md', '```inner\n'],
      [13, '', 'plain\n'],
      [16, 'ini', 'x = 1\n'],
    ]);
  });
  it('records a checker name it does not know instead of dropping the block', () => {
    expect(blocks[3].check).toBeUndefined();
    expect(blocks[3].checkError).toMatch(/check="kitty" is not a checker/);
  });
});
