import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent, CONTENT_COLLECTIONS, formatProblem, type ContentFile, type Severity } from '../lib/content/checkContent';
import { loadContentSchemas } from './contentSchemas';

/** `npm run check:content`: schemas, references, drafts, scheduled posts and internal links, without a build. */

// CONTENT_ROOT: another project root to check (the tests use a throw-away one).
const root = process.env.CONTENT_ROOT ?? process.cwd();

/** The files Astro's glob loaders read: **\/[^_]*.{md,mdx} under each collection. */
async function readContentFiles(): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of CONTENT_COLLECTIONS) {
    const dir = `content/${collection}`;
    const names = await readdir(join(root, dir), { recursive: true }).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const base = name.split('/').pop() ?? name;
      if (base.startsWith('_') || !/\.(md|mdx)$/.test(base)) continue;
      files.push({ path: `${dir}/${name}`, text: await readFile(join(root, dir, name), 'utf8') });
    }
  }
  return files;
}

const files = await readContentFiles();
const { problems, checked } = checkContent(files, await loadContentSchemas(), new Date());
const count = (severity: Severity) => problems.filter((p) => p.severity === severity).length;
for (const problem of problems) {
  const line = `${problem.severity}: ${formatProblem(problem)}`;
  if (problem.severity === 'note') console.log(line);
  else console.error(line);
}
console.log(`${files.length} files, ${checked} valid; ${count('error')} errors, ${count('warning')} warnings, ${count('note')} notes.`);
process.exitCode = count('error') > 0 ? 1 : 0;
