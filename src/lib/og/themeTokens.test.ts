import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThemeTokens } from './themeTokens';

const css = `
@import 'tailwindcss';
:root {
  --c-bg: #ffffff;
  --c-fg: #1b1f24;
  --c-muted: #57606a;
  --c-surface: #f4f6f8;
  --c-border: #d0d7de;
  --c-accent: #0a5bc4;
  color-scheme: light;
}
:root.dark {
  --c-bg: #0f1419;
}`;

describe('parseThemeTokens', () => {
  it('reads the light tokens and ignores the dark block', () => {
    expect(parseThemeTokens(css, 'test.css')).toEqual({
      bg: '#ffffff',
      fg: '#1b1f24',
      muted: '#57606a',
      surface: '#f4f6f8',
      border: '#d0d7de',
      accent: '#0a5bc4',
    });
  });

  it('names the file and the missing tokens', () => {
    expect(() => parseThemeTokens(':root { --c-bg: #fff; --c-fg: #000; }', 'global.css')).toThrow(
      'global.css: the ":root" block has no --c-muted, --c-surface, --c-border, --c-accent',
    );
    expect(() => parseThemeTokens('body { color: red; }', 'global.css')).toThrow('global.css: no ":root { … }" block');
  });

  it('reads the site stylesheet the cards are drawn from', () => {
    const tokens = parseThemeTokens(readFileSync('src/styles/global.css', 'utf8'), 'src/styles/global.css');
    expect(Object.values(tokens).every((value) => /^#[0-9a-f]{6}$/i.test(value))).toBe(true);
  });
});
