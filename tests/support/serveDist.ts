import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { distDir, serveStatic } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

/** Global setup for the end-to-end run: the production-like server (as `npm start` runs it) over the built site, for every test file. */
export default async function setup(project: TestProject) {
  const dir = distDir();
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No built site in ${dir}: run \`npm run build\` first (or set DIST_DIR).`);
  }
  const site = await serveStatic(dir, process.env.DIST_BASE ?? '/');
  project.provide('siteUrl', site.url);
  return () => site.close();
}
