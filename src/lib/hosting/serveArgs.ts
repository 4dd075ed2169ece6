import { parseArgs } from 'node:util';

export interface ServeArgs {
  host: string;
  port: number;
  /** The built site to serve. */
  dir: string;
  help: boolean;
}

export const SERVE_USAGE = `Usage: npm start [-- --port 4321 --host 127.0.0.1 --dir dist]
Serves the built site as Cloudflare Pages and Netlify would: dist/_headers applied,
brotli/gzip, 404.html with status 404, under SITE_BASE (the base path it was built for).`;

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, got "${text}"`);
  return port;
}

/** Reads the serve command's flags; an unknown flag or a bad port throws with a message that says which. */
export function parseServeArgs(argv: string[]): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '4321' },
      dir: { type: 'string', default: 'dist' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return { host: values.host, port: parsePort(values.port), dir: values.dir, help: values.help };
}
