import { describe, expect, it } from 'vitest';
import { normaliseColour, shikiPaletteCss, styleToClasses } from './shikiStyleToClass';

describe('styleToClasses', () => {
  it('turns dual-theme token colours and font styles into classes', () => {
    expect(styleToClasses('--shiki-light:#D73A49;--shiki-dark:#F97583;--shiki-light-font-style:italic')).toEqual([
      'sl-d73a49',
      'sd-f97583',
      'sl-i',
    ]);
  });
  it('maps user-select:none and drops declarations it has no class for', () => {
    expect(styleToClasses('user-select: none; overflow-x: auto;')).toEqual(['sk-noselect']);
  });
});

describe('normaliseColour', () => {
  it('expands short hex and lower-cases', () => {
    expect(normaliseColour('#FfF')).toBe('ffffff');
    expect(normaliseColour('#12345678')).toBe('12345678');
    expect(normaliseColour('red')).toBeUndefined();
  });
});

describe('shikiPaletteCss', () => {
  it('emits one rule per theme colour, dark rules scoped to the dark theme', () => {
    const css = shikiPaletteCss(
      { fg: '#000', bg: '#fff', settings: [{ settings: { foreground: '#D73A49' } }] },
      { fg: '#eee', bg: '#111', settings: [{ settings: { foreground: '#f97583' } }] },
    );
    expect(css).toContain('.sl-d73a49{color:#d73a49}');
    expect(css).toContain(':root.dark .sd-f97583{color:#f97583}');
    expect(css).toContain('.astro-code{background-color:#ffffff;color:#000000}');
    expect(css).toContain(':root.dark .astro-code{background-color:#111111;color:#eeeeee}');
  });
});
