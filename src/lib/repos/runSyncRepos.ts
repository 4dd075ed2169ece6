import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import {
  fetchReadme,
  formatResetTime,
  GitHubApiError,
  listUserRepositories,
  type FetchLike,
  type GitHubClientOptions,
  type GitHubRepository,
} from './githubApi';
import {
  entryRepositoryName,
  fileNameForRepository,
  isSampleEntry,
  parseRepoEntryFile,
  RepoEntryFileError,
  renderRepoEntry,
  syncedFieldsFromGitHub,
  type RepoEntryFile,
} from './repoEntryFile';
import { parseSyncReposArgs, SYNC_REPOS_USAGE, SyncReposArgsError, type SyncReposArgs } from './syncReposArgs';

/**
 * `npm run sync:repos`: GitHub repositories → content/repos/*.md.
 *
 * Every request finishes before any file is written, so a rate limit, a
 * missing user or a network failure halfway through leaves the directory
 * exactly as it was.
 */

export interface SyncReposDeps {
  fetch: FetchLike;
  env: Readonly<Record<string, string | undefined>>;
  /** Directory that a relative --out is resolved against. */
  cwd: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** README requests in flight at once: quick for a hundred repositories, gentle on the API. */
const README_CONCURRENCY = 4;

interface ExistingEntry {
  path: string;
  text: string;
  entry: RepoEntryFile;
  repositoryName: string;
}

interface PlannedWrite {
  path: string;
  text: string;
  status: 'created' | 'updated' | 'unchanged';
}

class SyncAbort extends Error {}

async function readExistingEntries(outDir: string, displayDir: string): Promise<ExistingEntry[]> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: ExistingEntry[] = [];
  for (const fileName of names.filter((name) => /\.mdx?$/.test(name)).sort()) {
    const path = join(outDir, fileName);
    const text = await readFile(path, 'utf8');
    const entry = parseRepoEntryFile(text, join(displayDir, fileName));
    entries.push({ path, text, entry, repositoryName: entryRepositoryName(entry, fileName) });
  }
  return entries;
}

async function mapConcurrently<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function planWrites(
  repositories: readonly GitHubRepository[],
  readmes: readonly (string | undefined)[],
  existing: readonly ExistingEntry[],
  outDir: string,
  displayPath: (path: string) => string,
): PlannedWrite[] {
  // GitHub treats repository names case-insensitively, and so does the match.
  const byName = new Map(existing.map((entry) => [entry.repositoryName.toLowerCase(), entry]));
  const byPath = new Map(existing.map((entry) => [entry.path, entry]));
  return repositories.map((repository, index) => {
    const fields = syncedFieldsFromGitHub(repository, readmes[index]);
    const match = byName.get(repository.name.toLowerCase());
    if (match) {
      const text = renderRepoEntry(match.entry, fields);
      return { path: match.path, text, status: text === match.text ? 'unchanged' : 'updated' };
    }
    const path = join(outDir, fileNameForRepository(repository.name));
    const occupant = byPath.get(path);
    if (occupant) {
      throw new SyncAbort(
        `${displayPath(path)} already describes "${occupant.repositoryName}", not the repository "${repository.name}". ` +
          'Rename that file or fix its name: key, then run the sync again.',
      );
    }
    return { path, text: renderRepoEntry(undefined, fields), status: 'created' };
  });
}

/** Write to a temporary name and rename, so an interrupted run never leaves half a file. */
async function writeEntry(path: string, text: string): Promise<void> {
  const temporary = `${path}.sync-repos.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}

export async function runSyncRepos(argv: readonly string[], deps: SyncReposDeps): Promise<number> {
  let args: SyncReposArgs;
  try {
    args = parseSyncReposArgs(argv);
  } catch (error) {
    if (!(error instanceof SyncReposArgsError)) throw error;
    deps.stderr(`sync:repos: ${error.message}`);
    deps.stderr('Run with --help for usage.');
    return 2;
  }
  if (args.help) {
    deps.stdout(SYNC_REPOS_USAGE);
    return 0;
  }

  const outDir = resolve(deps.cwd, args.outDir);
  const displayPath = (path: string) => relative(deps.cwd, path) || '.';
  const client: GitHubClientOptions = { fetch: deps.fetch, token: deps.env.GITHUB_TOKEN?.trim() || undefined };

  let planned: PlannedWrite[];
  let existing: ExistingEntry[];
  let skippedForks: string[];
  try {
    existing = await readExistingEntries(outDir, displayPath(outDir));
    const listing = await listUserRepositories(args.user, client);
    const repositories = listing.repositories.filter((repository) => args.includeForks || !repository.fork);
    skippedForks = listing.repositories.filter((repository) => !repositories.includes(repository)).map((repository) => repository.name);

    // One README request per repository: say so now rather than fail on request 61.
    const { rateLimit } = listing;
    if (rateLimit && rateLimit.remaining < repositories.length) {
      throw new SyncAbort(
        `GitHub allows ${rateLimit.remaining} more requests until ${formatResetTime(rateLimit.resetAt)}, ` +
          `and fetching the READMEs of ${repositories.length} repositories needs ${repositories.length}. ` +
          (client.token ? 'Run the sync again after the reset.' : 'Set GITHUB_TOKEN for a higher limit, or run the sync again after the reset.'),
      );
    }
    const readmes = await mapConcurrently(repositories, README_CONCURRENCY, (repository) =>
      fetchReadme(repository.owner.login, repository.name, client),
    );
    planned = planWrites(repositories, readmes, existing, outDir, displayPath);
  } catch (error) {
    if (error instanceof GitHubApiError || error instanceof RepoEntryFileError || error instanceof SyncAbort) {
      deps.stderr(`sync:repos: ${error.message}`);
      deps.stderr('No files were changed.');
      return 1;
    }
    throw error;
  }

  const changed = planned.filter((write) => write.status !== 'unchanged');
  if (changed.length > 0) await mkdir(outDir, { recursive: true });
  for (const write of changed) await writeEntry(write.path, write.text);

  for (const write of planned) deps.stdout(`${write.status.padEnd(9)} ${displayPath(write.path)}`);
  const count = (status: PlannedWrite['status']) => planned.filter((write) => write.status === status).length;
  deps.stdout(
    `${planned.length} repositories of ${args.user}: ${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged.`,
  );
  if (skippedForks.length > 0) {
    deps.stdout(`Skipped ${skippedForks.length} fork(s): ${skippedForks.join(', ')} (use --include-forks to add them).`);
  }
  const synced = new Set(planned.map((write) => write.path));
  const leftOver = existing.filter((entry) => !synced.has(entry.path) && !isSampleEntry(entry.entry));
  if (leftOver.length > 0) {
    deps.stdout(
      `Left as they are, with no matching repository on GitHub: ${leftOver.map((entry) => displayPath(entry.path)).join(', ')}.`,
    );
  }
  return 0;
}
