/**
 * Every config block a reader will paste is checked by the real tool: each
 * fenced block in content/posts/ that names a checker (`check="tmux"`, see
 * src/lib/markdown/codeChecks.ts) is written to a temporary file and handed to
 * that tool, and a block in a config or shell language that names none fails
 * unless it says `check="none"` (its frame then says it was not checked).
 *
 * The tools come from Debian (`.ci/run` installs them); a missing one fails
 * with the package to install. tmux options newer than the local tmux cannot be
 * checked by it: those lines are listed on the console, not failed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { CONFIG_LANGS, fencedBlocks, type FencedBlock } from '../../src/lib/markdown/fencedBlocks';

const postsDir = new URL('../../content/posts/', import.meta.url);

interface PostBlock extends FencedBlock {
  post: string;
}

function postBlocks(): PostBlock[] {
  return readdirSync(postsDir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .flatMap((post) => fencedBlocks(readFileSync(new URL(post, postsDir), 'utf8')).map((b) => ({ ...b, post })));
}

const blocks = postBlocks();
const where = (b: PostBlock) => `content/posts/${b.post}:${b.line}`;
const checked = (check: string) => blocks.filter((b) => b.check === check).map((b) => [where(b), b] as const);

const scratch = mkdtempSync(join(tmpdir(), 'config-blocks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh directory under the scratch directory. */
function freshDir(name: string): string {
  return mkdtempSync(join(scratch, `${name}-`));
}

interface Run {
  status: number | null;
  output: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Run {
  const result = spawnSync(command, args, { env, encoding: 'utf8', timeout: 20_000 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Fails with the Debian package to install when a tool is not on PATH. */
function requireTool(command: string, debianPackage: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  if (!found) throw new Error(`${command} is missing: install ${debianPackage} (apt-get install ${debianPackage})`);
}

/** The block's content in a file named after its title (or `block`), in its own directory. */
function blockFile(b: PostBlock): string {
  const file = join(freshDir('block'), b.title ? basename(b.title) : 'block');
  writeFileSync(file, b.content);
  return file;
}

describe('config blocks name their checker', () => {
  it('every checker name is one the suite knows', () => {
    const unknown = blocks.filter((b) => b.checkError).map((b) => `${where(b)}: ${b.checkError}`);
    expect(unknown).toEqual([]);
  });

  it('every block in a config or shell language names a checker or says check="none"', () => {
    const unchecked = blocks
      .filter((b) => CONFIG_LANGS.has(b.lang) && !b.check && !b.checkError)
      .map((b) => `${where(b)}: ${b.fence} — add check="…" naming the tool that checks it, or check="none"`);
    expect(unchecked).toEqual([]);
  });
});

/**
 * tmux options newer than some tmux still in distributions (Debian 12 ships
 * 3.3a), with the release that added them (tmux CHANGES, read 2026-12-04).
 */
const NEWER_TMUX_OPTIONS: Readonly<Record<string, readonly [number, number]>> = {
  'extended-keys-format': [3, 5],
};

function localTmuxVersion(): [number, number] {
  const version = run('tmux', ['-V']).output;
  const match = version.match(/(\d+)\.(\d+)/);
  if (!match) throw new Error(`cannot read a version from \`tmux -V\`: ${version}`);
  return [Number(match[1]), Number(match[2])];
}

const isOlder = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
const SET_OPTION = /^\s*(?:set|set-option|setw|set-window-option)\s+(?:-[A-Za-z]+\s+)*([a-z][a-z0-9-]*)/;

/** The config with lines that set options newer than `local` blanked (line numbers kept), and those lines. */
function withoutNewerOptions(config: string, local: [number, number]): { config: string; skipped: string[] } {
  const skipped: string[] = [];
  const lines = config.split('\n').map((line, i) => {
    const option = line.match(SET_OPTION)?.[1];
    const since = option ? NEWER_TMUX_OPTIONS[option] : undefined;
    if (!since || !isOlder(local, since)) return line;
    skipped.push(`line ${i + 1} (${option}, tmux ${since.join('.')}+): ${line.trim()}`);
    return '';
  });
  return { config: lines.join('\n'), skipped };
}

/** Sources the file in a private tmux server (its own socket in a temp dir), killed afterwards. */
function loadInTmux(file: string): Run {
  const dir = freshDir('tmux');
  const socket = join(dir, 'socket');
  const env = { ...process.env, HOME: dir, TMUX_TMPDIR: dir, TMUX: undefined };
  const started = run('tmux', ['-S', socket, '-f', '/dev/null', 'new-session', '-d', '-s', 'check'], env);
  if (started.status !== 0) throw new Error(`could not start a private tmux server: ${started.output}`);
  try {
    return run('tmux', ['-S', socket, 'source-file', file], env);
  } finally {
    run('tmux', ['-S', socket, 'kill-server'], env);
  }
}

describe.skipIf(checked('tmux').length === 0)('tmux blocks load in a real tmux server', () => {
  it.each(checked('tmux'))('%s', (_where, b) => {
    requireTool('tmux', 'tmux');
    const local = localTmuxVersion();
    const { config, skipped } = withoutNewerOptions(b.content, local);
    if (skipped.length > 0) {
      console.info(`${where(b)}: tmux ${local.join('.')} cannot check these lines; not checked:\n  ${skipped.join('\n  ')}`);
    }
    const file = blockFile({ ...b, content: config });
    expect(loadInTmux(file)).toEqual({ status: 0, output: '' });
  });
});

describe.skipIf(checked('bash').length === 0)('shell blocks pass bash -n and ShellCheck', () => {
  it.each(checked('bash'))('%s', (_where, b) => {
    requireTool('bash', 'bash');
    requireTool('shellcheck', 'shellcheck');
    const file = blockFile(b);
    expect(run('bash', ['-n', file])).toEqual({ status: 0, output: '' });
    // A script says its shell in its shebang; an rc-file snippet is bash.
    const shell = b.content.startsWith('#!') ? [] : ['--shell=bash'];
    expect(run('shellcheck', [...shell, file])).toEqual({ status: 0, output: '' });
  });
});

/**
 * A post's `~/…`-titled blocks written to where their titles say, under a
 * temporary home: a unit's `%h/…` ExecStart then names the post's own script,
 * which verify checks is there and executable. Nothing is stubbed.
 */
function materializeHome(post: string): string {
  const home = freshDir('home');
  for (const b of blocks.filter((x) => x.post === post && x.title?.startsWith('~/'))) {
    const path = join(home, b.title!.slice(2));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, b.content);
    if (b.content.startsWith('#!')) chmodSync(path, 0o755);
  }
  return home;
}

describe.skipIf(checked('systemd').length === 0)('systemd units pass systemd-analyze verify', () => {
  it.each(checked('systemd'))('%s', (_where, b) => {
    requireTool('systemd-analyze', 'systemd');
    expect(b.title, 'a systemd block needs title="~/.config/systemd/user/NAME.service" (the unit name)').toMatch(
      /^~\/\.config\/systemd\/user\/[^/]+\.(service|timer|socket|path|target)$/,
    );
    const home = materializeHome(b.post);
    const runtime = join(home, '.run');
    mkdirSync(runtime, { mode: 0o700 });
    const env = { ...process.env, HOME: home, XDG_RUNTIME_DIR: runtime, XDG_CONFIG_HOME: undefined };
    // verify exits 0 on an unknown key, so any output at all fails the block.
    expect(run('systemd-analyze', ['--user', 'verify', '--man=no', join(home, b.title!.slice(2))], env)).toEqual({
      status: 0,
      output: '',
    });
  });
});

/** The concrete host names of `Host` lines (patterns and negations left out). */
function sshHosts(config: string): string[] {
  const names = [...config.matchAll(/^\s*Host\s+(.+)$/gim)].flatMap((m) => m[1].trim().split(/\s+/));
  return [...new Set(names.filter((n) => !/[*?!]/.test(n)))];
}

/** ssh's notice that `RequestTTY yes` meets a stdin that is not a terminal: about the test, not the config. */
const NO_TTY_NOTICE = 'Pseudo-terminal will not be allocated because stdin is not a terminal.';

/** Evaluates the config for one host: ssh prints the resolved settings on stdout and config errors on stderr. */
function sshEvaluate(file: string, host: string): { status: number | null; errors: string[] } {
  const result = spawnSync('ssh', ['-G', '-F', file, host], { encoding: 'utf8', env: { ...process.env, HOME: dirname(file) } });
  if (result.error) throw result.error;
  const errors = result.stderr.split('\n').filter((line) => line.trim() !== '' && line.trim() !== NO_TTY_NOTICE);
  return { status: result.status, errors };
}

describe.skipIf(checked('ssh').length === 0)('SSH config passes ssh -G', () => {
  it.each(checked('ssh'))('%s', (_where, b) => {
    requireTool('ssh', 'openssh-client');
    const file = blockFile(b);
    const hosts = sshHosts(b.content);
    expect(hosts.length, 'an SSH config block needs at least one concrete Host to evaluate').toBeGreaterThan(0);
    for (const host of hosts) {
      expect({ host, ...sshEvaluate(file, host) }).toEqual({ host, status: 0, errors: [] });
    }
  });
});

describe.skipIf(checked('json').length === 0)('JSON blocks parse', () => {
  it.each(checked('json'))('%s', (_where, b) => {
    expect(() => JSON.parse(b.content)).not.toThrow();
  });
});

describe.skipIf(checked('yaml').length === 0)('YAML blocks parse', () => {
  it.each(checked('yaml'))('%s', (_where, b) => {
    expect(parseAllDocuments(b.content).flatMap((doc) => ('errors' in doc ? doc.errors.map(String) : []))).toEqual([]);
  });
});

describe.skipIf(checked('toml').length === 0)('TOML blocks parse', () => {
  it.each(checked('toml'))('%s', (_where, b) => {
    expect(() => parseToml(b.content)).not.toThrow();
  });
});
