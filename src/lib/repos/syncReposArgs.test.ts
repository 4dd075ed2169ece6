import { describe, expect, it } from 'vitest';
import { parseSyncReposArgs, SyncReposArgsError } from './syncReposArgs';

function argsError(argv: string[]): string {
  try {
    parseSyncReposArgs(argv);
  } catch (error) {
    if (error instanceof SyncReposArgsError) return error.message;
    throw error;
  }
  throw new Error('expected an argument error');
}

describe('parseSyncReposArgs', () => {
  it('defaults --out to content/repos and skips forks', () => {
    expect(parseSyncReposArgs(['--user', 'example-dev'])).toEqual({
      help: false,
      user: 'example-dev',
      outDir: 'content/repos',
      includeForks: false,
    });
  });

  it('accepts --out, --include-forks and the --flag=value form', () => {
    expect(parseSyncReposArgs(['--user=Example-Dev', '--out', 'tmp/repos', '--include-forks'])).toEqual({
      help: false,
      user: 'Example-Dev',
      outDir: 'tmp/repos',
      includeForks: true,
    });
  });

  it('answers --help and -h without needing --user', () => {
    expect(parseSyncReposArgs(['--help'])).toEqual({ help: true });
    expect(parseSyncReposArgs(['-h'])).toEqual({ help: true });
  });

  it('requires --user', () => {
    expect(argsError([])).toBe('--user is required: the GitHub user whose repositories to sync.');
  });

  it('rejects names GitHub would not accept', () => {
    expect(argsError(['--user', 'two words'])).toContain('--user "two words" is not a GitHub account name');
    expect(argsError(['--user', 'a'.repeat(40)])).toContain('is not a GitHub account name');
  });

  it('names an unknown flag', () => {
    expect(argsError(['--user', 'x', '--forks'])).toMatch(/^Unknown option '--forks'/);
  });

  it('rejects a stray positional argument and an empty --out', () => {
    expect(argsError(['example-dev'])).toMatch(/Unexpected argument 'example-dev'/);
    expect(argsError(['--user', 'x', '--out', ' '])).toBe('--out needs a directory, e.g. --out content/repos.');
  });
});
