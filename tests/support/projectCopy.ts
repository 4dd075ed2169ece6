import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.git', 'bench/.tmp']);

/**
 * The environment without the variables Vitest mirrors from import.meta.env
 * (BASE_URL, MODE, ...): a child Astro build would take BASE_URL=/ from it and
 * ignore the base path it was given.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[name];
  return env;
}

export interface ProjectCopy {
  dir: string;
  /** Runs the project's Astro CLI in the copy with this Node (the pinned one under npm). */
  astro(args: string[], env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

/** A throw-away copy of the project sharing its node_modules, for builds a test must not run on the real tree. */
export function copyProject(prefix = 'site-copy-'): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (source) => !SKIPPED.has(relative(ROOT, source)),
  });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    astro(args, env = {}) {
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], {
        cwd: dir,
        env: { ...inheritedEnv(), ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        encoding: 'utf8',
        timeout: 300_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
