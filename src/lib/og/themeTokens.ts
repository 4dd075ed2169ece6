/** The light-theme colours a card is drawn with. */
export interface ThemeTokens {
  bg: string;
  fg: string;
  muted: string;
  surface: string;
  border: string;
  accent: string;
}

const TOKEN_NAMES: ReadonlyArray<keyof ThemeTokens> = ['bg', 'fg', 'muted', 'surface', 'border', 'accent'];

/**
 * Reads the light theme's `--c-*` colour tokens from the first `:root {…}` block of
 * the site's global stylesheet, so cards use the site's own colours without a
 * second copy of them. `source` names the file in error messages.
 */
export function parseThemeTokens(css: string, source: string): ThemeTokens {
  const block = /(^|\n)\s*:root\s*\{([^}]*)\}/.exec(css);
  if (!block) throw new Error(`${source}: no ":root { … }" block with the light theme's colour tokens`);
  const body = block[2];
  const found = new Map<string, string>();
  for (const match of body.matchAll(/--c-([a-z-]+)\s*:\s*([^;]+);/g)) found.set(match[1], match[2].trim());
  const missing = TOKEN_NAMES.filter((name) => !found.has(name));
  if (missing.length > 0) {
    throw new Error(`${source}: the ":root" block has no ${missing.map((m) => `--c-${m}`).join(', ')}`);
  }
  const token = (name: keyof ThemeTokens) => found.get(name) ?? '';
  return {
    bg: token('bg'),
    fg: token('fg'),
    muted: token('muted'),
    surface: token('surface'),
    border: token('border'),
    accent: token('accent'),
  };
}
