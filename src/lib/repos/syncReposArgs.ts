import { parseArgs } from 'node:util';

export const DEFAULT_REPOS_DIR = 'content/repos';

export const SYNC_REPOS_USAGE = `Usage: npm run sync:repos -- --user NAME [--out DIR] [--include-forks]

Reads NAME's public repositories from the GitHub REST API and writes or updates
one DIR/<repository>.md per repository. Keys the author added (relatedPosts,
sample, anything else) and the body of each file are kept as they are.

  --user NAME        GitHub user or organisation (required)
  --out DIR          where the entries live (default: ${DEFAULT_REPOS_DIR})
  --include-forks    also write entries for forks (skipped by default)
  -h, --help         show this help

GITHUB_TOKEN, when set, is sent as a bearer token for a higher rate limit.`;

export type SyncReposArgs =
  | { help: true }
  | { help: false; user: string; outDir: string; includeForks: boolean };

export class SyncReposArgsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncReposArgsError';
  }
}

/**
 * GitHub account names: letters, digits and hyphens, at most 39 characters,
 * not starting with a hyphen (which would also read as a flag).
 */
const GITHUB_ACCOUNT_NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;

export function parseSyncReposArgs(argv: readonly string[]): SyncReposArgs {
  let values: { user?: string; out?: string; 'include-forks'?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        user: { type: 'string' },
        out: { type: 'string' },
        'include-forks': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // node:util explains the problem well; drop its hint about "--" which
    // would mislead here.
    const message = error instanceof Error ? error.message.split('\n')[0].replace(/\s*To specify .*$/, '') : String(error);
    throw new SyncReposArgsError(message);
  }
  if (values.help) return { help: true };
  const user = values.user?.trim();
  if (!user) throw new SyncReposArgsError('--user is required: the GitHub user whose repositories to sync.');
  if (!GITHUB_ACCOUNT_NAME.test(user)) {
    throw new SyncReposArgsError(
      `--user "${user}" is not a GitHub account name (letters, digits and hyphens, up to 39 characters, not starting with a hyphen).`,
    );
  }
  const outDir = values.out?.trim();
  if (values.out !== undefined && !outDir) throw new SyncReposArgsError('--out needs a directory, e.g. --out content/repos.');
  return { help: false, user, outDir: outDir || DEFAULT_REPOS_DIR, includeForks: values['include-forks'] ?? false };
}
