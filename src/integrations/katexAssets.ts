import { cpSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Copies KaTeX's stylesheet and fonts from the installed package into
 * `public/vendor/katex/`, so pages with math link a self-hosted copy and pages
 * without math load nothing. The copy is ignored by git and refreshed on every
 * dev start and build, so it always matches the installed KaTeX.
 */
export function katexAssets(): AstroIntegration {
  return {
    name: 'site:katex-assets',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const require = createRequire(import.meta.url);
        const dist = dirname(require.resolve('katex/dist/katex.min.css'));
        const target = join(fileURLToPath(config.publicDir), 'vendor', 'katex');
        cpSync(join(dist, 'katex.min.css'), join(target, 'katex.min.css'));
        if (!existsSync(join(target, 'fonts'))) cpSync(join(dist, 'fonts'), join(target, 'fonts'), { recursive: true });
      },
    },
  };
}
