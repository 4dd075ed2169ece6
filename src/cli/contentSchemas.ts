import { registerHooks } from 'node:module';
import { z } from 'astro/zod';
import type { ZodType } from 'zod';
import { CONTENT_COLLECTIONS, type ContentSchemas } from '../lib/content/checkContent';

/**
 * The frontmatter schemas of src/content.config.ts, loaded outside Astro so the
 * author commands validate against the very schemas the build uses.
 *
 * The config imports `astro:content`, a module only Astro's Vite plugin
 * provides. Outside Vite it is answered here with Astro's own runtime
 * functions (`defineCollection`, and `reference` from `createReference`).
 */

const ASTRO_CONTENT_URL = 'astro-content-shim:///astro-content.mjs';

function astroContentSource(): string {
  const config = JSON.stringify(import.meta.resolve('astro/content/config'));
  const runtime = JSON.stringify(import.meta.resolve('astro/content/runtime'));
  return `export { defineCollection } from ${config};\nimport { createReference } from ${runtime};\nexport const reference = createReference();\n`;
}

let hooksRegistered = false;

function answerAstroContent(): void {
  if (hooksRegistered) return;
  hooksRegistered = true;
  registerHooks({
    resolve: (specifier, context, nextResolve) =>
      specifier === 'astro:content' ? { url: ASTRO_CONTENT_URL, shortCircuit: true } : nextResolve(specifier, context),
    load: (url, context, nextLoad) =>
      url === ASTRO_CONTENT_URL ? { format: 'module', source: astroContentSource(), shortCircuit: true } : nextLoad(url, context),
  });
}

type SchemaOption = ZodType | ((context: { image: () => ZodType }) => ZodType) | undefined;

/**
 * `image()` resolves and measures the file during a build; here a hero image
 * is checked only as a non-empty path (the build still checks the file).
 */
const imagePath = () => z.string().min(1);

export async function loadContentSchemas(): Promise<ContentSchemas> {
  answerAstroContent();
  const { collections } = (await import('../content.config')) as { collections: Record<string, { schema?: SchemaOption }> };
  const schemas = {} as ContentSchemas;
  for (const name of CONTENT_COLLECTIONS) {
    const schema = collections[name]?.schema;
    if (schema === undefined) throw new Error(`src/content.config.ts: the collection "${name}" has no schema`);
    schemas[name] = typeof schema === 'function' ? schema({ image: imagePath }) : schema;
  }
  return schemas;
}
