/**
 * Serves the built site the way the production hosts do (see
 * src/lib/hosting/productionServer.ts): `npm start` builds, then runs
 *   tsx src/cli/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist]
 * SITE_BASE, as for the build, is the base path to serve under.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startProductionServer } from '../lib/hosting/productionServer';
import { parseServeArgs, SERVE_USAGE } from '../lib/hosting/serveArgs';

async function main(): Promise<void> {
  const args = parseServeArgs(process.argv.slice(2));
  if (args.help) {
    console.log(SERVE_USAGE);
    return;
  }
  if (!existsSync(join(args.dir, 'index.html'))) throw new Error(`No built site in ${args.dir}/: run \`npm run build\` first (or pass --dir).`);
  const base = process.env.SITE_BASE || '/';
  const server = await startProductionServer({ root: args.dir, base, host: args.host, port: args.port });
  console.log(`Serving ${args.dir}/ at ${server.url} with its _headers (Ctrl-C to stop)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
