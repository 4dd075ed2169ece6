import { FrontmatterError, frontmatterLine, parseEntryFile } from './checkContentFrontmatter';

/**
 * A post's `heroImage` that points to no file. Astro's own error for it
 * ("Could not find requested image `./x.png`") names neither the post nor the
 * field, so the build checks first (src/integrations/contentIntegrity.ts).
 */

export interface MissingHeroImage {
  /** The post, relative to the project root. */
  path: string;
  /** Line of `heroImage:` in the file. */
  line: number;
  /** The value as written. */
  image: string;
  /** Where it was looked for, relative to the project root. */
  resolved: string;
}

/** Relative to the post's folder, as image() resolves it; undefined for what this check cannot resolve (URLs, aliases, root paths). */
export function heroImageFile(postPath: string, image: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(image) || /^[/~@#]/.test(image)) return undefined;
  const parts = postPath.split('/').slice(0, -1);
  for (const part of image.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The post's heroImage if it names a file that does not exist; frontmatter errors are left to Astro, which names the file. */
export function missingHeroImage(post: { path: string; text: string }, exists: (projectPath: string) => boolean): MissingHeroImage | undefined {
  let parsed;
  try {
    parsed = parseEntryFile(post.text, post.path);
  } catch (error) {
    if (error instanceof FrontmatterError) return undefined;
    throw error;
  }
  const image = parsed.data.heroImage;
  if (typeof image !== 'string') return undefined;
  const resolved = heroImageFile(post.path, image);
  if (resolved === undefined || exists(resolved)) return undefined;
  return { path: post.path, line: frontmatterLine(parsed, ['heroImage']), image, resolved };
}

/** "content/posts/x.md:5: heroImage: ./x.png not found (looked for content/posts/x.png)" */
export function formatMissingHeroImage(problem: MissingHeroImage): string {
  return `${problem.path}:${problem.line}: heroImage: ${problem.image} not found (looked for ${problem.resolved})`;
}
