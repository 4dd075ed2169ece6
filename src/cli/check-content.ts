import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent, formatProblem, type ContentFile, type Severity } from '../lib/content/checkContent';
import { listContentFiles } from '../lib/content/contentFiles';
import { loadContentSchemas } from './contentSchemas';

/** `npm run check:content`: schemas, references, drafts, scheduled posts and internal links, without a build. */

// CONTENT_ROOT: another project root to check (the tests use a throw-away one).
const root = process.env.CONTENT_ROOT ?? process.cwd();

/** The files Astro's glob loaders read, with their text. */
async function readContentFiles(): Promise<ContentFile[]> {
  const paths = await listContentFiles(root);
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(join(root, path), 'utf8') })));
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
