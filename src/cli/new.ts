import { runNewEntry } from '../lib/content/newEntry';
import { loadContentSchemas } from './contentSchemas';

// SITE_BASE is the base path astro.config.mjs reads ("/blog/" in the base-path tests).
const base = (process.env.SITE_BASE || '/').replace(/\/?$/, '/');

process.exitCode = await runNewEntry(process.argv.slice(2), {
  // CONTENT_ROOT: another project root to write into (the tests use a throw-away one).
  root: process.env.CONTENT_ROOT ?? process.cwd(),
  now: new Date(),
  schemas: await loadContentSchemas(),
  devUrl: new URL(base, 'http://localhost:4321').href,
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
