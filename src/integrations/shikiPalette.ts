import { bundledThemes, normalizeTheme, type BundledTheme } from 'shiki';
import type { Plugin } from 'vite';
import { shikiPaletteCss } from '../lib/markdown/shikiStyleToClass';

const VIRTUAL_ID = 'virtual:shiki-palette.css';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

async function loadTheme(name: BundledTheme) {
  const module = await bundledThemes[name]();
  return normalizeTheme(module.default);
}

/** Serves `virtual:shiki-palette.css`: the colour classes for the two code themes. */
export function shikiPalette(themes: { light: BundledTheme; dark: BundledTheme }): Plugin {
  return {
    name: 'site:shiki-palette',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const [light, dark] = await Promise.all([loadTheme(themes.light), loadTheme(themes.dark)]);
      return shikiPaletteCss(light, dark);
    },
  };
}
