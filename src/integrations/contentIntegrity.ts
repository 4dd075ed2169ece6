import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMarkdownProcessor, isUnifiedProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroConfig, AstroIntegration } from 'astro';
import { formatMissingHeroImage, missingHeroImage } from '../lib/content/heroImages';
import { listContentFiles } from '../lib/content/contentFiles';
import { findSlugCollisions, formatSlugCollision } from '../lib/content/slugCollisions';
import { rehypeRawHtmlPolicy } from '../lib/markdown/rehypeRawHtmlPolicy';

/**
 * Raw HTML that rehypeRawHtmlPolicy refuses in the .md files. The policy also
 * runs in the site's Markdown pipeline, but Astro's content loader only logs a
 * rendering error and builds the page with an empty body, so the build checks
 * first: the files' bodies through the site's remark plugins and the policy,
 * frontmatter blanked out so that lines stay the file's lines.
 */
async function rawHtmlRefusals(root: string, paths: readonly string[], config: AstroConfig): Promise<string[]> {
  const markdown = paths.filter((p) => p.endsWith('.md'));
  if (markdown.length === 0) return [];
  const processor = config.markdown.processor;
  const problems: string[] = [];
  const renderer = await createMarkdownProcessor({
    remarkPlugins: processor && isUnifiedProcessor(processor) ? processor.options.remarkPlugins : [],
    rehypePlugins: [[rehypeRawHtmlPolicy, { onRefused: (refused: string[]) => problems.push(...refused) }]],
    syntaxHighlight: false,
  });
  for (const path of markdown) {
    const file = join(root, path);
    const { content } = parseFrontmatter(await readFile(file, 'utf8'), { frontmatter: 'empty-with-lines' });
    await renderer.render(content, { fileURL: pathToFileURL(file) });
  }
  return problems;
}

/**
 * Fails `astro build`, `astro sync` and `astro dev` on content that Astro would
 * build wrongly or report without naming the file: two files with the same URL
 * (Astro warns and keeps one), a post's heroImage that does not exist
 * (Astro's error names neither post nor field) and raw HTML in .md files that
 * the site refuses (see rehypeRawHtmlPolicy).
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'site:content-integrity',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const root = fileURLToPath(config.root);
        const paths = await listContentFiles(root);
        const problems = findSlugCollisions(paths).map(formatSlugCollision);
        for (const path of paths.filter((p) => p.startsWith('content/posts/'))) {
          const missing = missingHeroImage({ path, text: await readFile(join(root, path), 'utf8') }, (p) => existsSync(join(root, p)));
          if (missing) problems.push(formatMissingHeroImage(missing));
        }
        problems.push(...(await rawHtmlRefusals(root, paths, config)));
        if (problems.length > 0) throw new Error(`Content errors:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      },
    },
  };
}
