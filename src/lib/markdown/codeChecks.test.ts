import { describe, expect, it } from 'vitest';
import { CODE_CHECKS, checkFromMeta, checkLabel } from './codeChecks';

describe('checkFromMeta', () => {
  it('reads the checker among other meta, in either quotes', () => {
    expect(checkFromMeta('title="~/.tmux.conf" check="tmux" {2}')).toBe('tmux');
    expect(checkFromMeta("check='none'")).toBe('none');
  });
  it('is undefined when the fence names no checker', () => {
    expect(checkFromMeta(undefined)).toBeUndefined();
    expect(checkFromMeta('title="a.sh"')).toBeUndefined();
    expect(checkFromMeta('precheck="tmux"')).toBeUndefined();
  });
  it('refuses a name that is not a checker, listing the ones that are', () => {
    expect(() => checkFromMeta('check="tmx"')).toThrow(/check="tmx" is not a checker; use one of tmux, bash, .*none/);
    expect(() => checkFromMeta('check=""')).toThrow(/check="" is not a checker/);
  });
});

describe('checkLabel', () => {
  it('names the tool that checked the block, or says none did', () => {
    expect(checkLabel('tmux')).toMatch(/^Checked: .*tmux/);
    expect(checkLabel('bash')).toContain('ShellCheck');
    expect(checkLabel('none')).toBe('Not checked by any tool: read it before pasting');
  });
  it('gives every checker its own label', () => {
    const labels = Object.values(CODE_CHECKS);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
