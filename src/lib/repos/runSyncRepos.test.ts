import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadRecording, recordedFetch, type Recording } from './fixtures/recordedGitHub';
import { runSyncRepos } from './runSyncRepos';

const page1 = loadRecording('list-repos-page-1.json');
const page2 = loadRecording('list-repos-page-2.json');
const readmes = [
  'readme-kafka-sizing-cli.json',
  'readme-topic-chargeback-exporter.json',
  'readme-dotfiles-404.json',
  'readme-kafka-connect-legacy-sink.json',
  'readme-confluent-kafka-go.json',
].map(loadRecording);
const allRecordings = [page1, page2, ...readmes];

let cwd: string;
let stdout: string[];
let stderr: string[];

beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'sync-repos-'));
  stdout = [];
  stderr = [];
});

afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

function run(argv: string[], recordings: readonly Recording[] = allRecordings, env: Record<string, string> = {}) {
  const fake = recordedFetch(recordings);
  const exitCode = runSyncRepos(argv, {
    fetch: fake.fetch,
    env,
    cwd,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { exitCode, calls: fake.calls };
}

/** Every file under dir with its content, to prove a failed run changed nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) files[name] = await readFile(join(dir, name), 'utf8');
  return files;
}

async function frontmatterOf(path: string): Promise<Record<string, unknown>> {
  const text = await readFile(path, 'utf8');
  return parse(/^---\n([\s\S]*?\n)---\n/.exec(text)![1], { version: '1.1' }) as Record<string, unknown>;
}

const reposDir = () => join(cwd, 'content/repos');

async function seed(files: Record<string, string>): Promise<Record<string, string>> {
  await mkdir(reposDir(), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(reposDir(), name), text);
  return snapshot(reposDir());
}

describe('runSyncRepos against recorded GitHub responses', () => {
  it('creates one entry per repository, skipping forks, with README text for search', async () => {
    const { exitCode } = run(['--user', 'example-dev']);
    expect(await exitCode).toBe(0);
    expect(Object.keys(await snapshot(reposDir()))).toEqual([
      'dotfiles.md',
      'kafka-connect-legacy-sink.md',
      'kafka-sizing-cli.md',
      'topic-chargeback-exporter.md',
    ]);
    expect(await frontmatterOf(join(reposDir(), 'kafka-sizing-cli.md'))).toMatchObject({
      name: 'kafka-sizing-cli',
      url: 'https://github.com/example-dev/kafka-sizing-cli',
      language: 'TypeScript',
      topics: ['capacity-planning', 'cli', 'kafka'],
      stars: 42,
      archived: false,
      updated: '2026-11-02',
      relatedPosts: [],
    });
    const chargeback = await frontmatterOf(join(reposDir(), 'topic-chargeback-exporter.md'));
    // Recorded with CRLF line endings; stored with LF.
    expect(chargeback.readme).toBe(
      '# topic-chargeback-exporter\n\nExports `kafka_topic_cost_dollars{topic,team}` so finance gets a line item per team.\n\n' +
        '* Cost pools: compute, storage, network\n* Drivers: bytes in, bytes out, retained bytes, partitions\n* Line items add up to the bill to the cent\n',
    );
    const legacy = await frontmatterOf(join(reposDir(), 'kafka-connect-legacy-sink.md'));
    expect(legacy).toMatchObject({ archived: true, description: '', updated: '2023-04-02', stars: 3 });
    expect(await frontmatterOf(join(reposDir(), 'dotfiles.md'))).not.toHaveProperty('readme');
    expect(stdout).toEqual([
      'created   content/repos/kafka-sizing-cli.md',
      'created   content/repos/topic-chargeback-exporter.md',
      'created   content/repos/dotfiles.md',
      'created   content/repos/kafka-connect-legacy-sink.md',
      '4 repositories of example-dev: 4 created, 0 updated, 0 unchanged.',
      'Skipped 1 fork(s): confluent-kafka-go (use --include-forks to add them).',
    ]);
    expect(stderr).toEqual([]);
  });

  it('changes nothing on a second run', async () => {
    expect(await run(['--user', 'example-dev']).exitCode).toBe(0);
    const before = await snapshot(reposDir());
    stdout = [];
    expect(await run(['--user', 'example-dev']).exitCode).toBe(0);
    expect(await snapshot(reposDir())).toEqual(before);
    expect(stdout).toContain('4 repositories of example-dev: 0 created, 0 updated, 4 unchanged.');
  });

  it('includes forks with --include-forks and writes to --out', async () => {
    expect(await run(['--user', 'example-dev', '--out', 'elsewhere', '--include-forks']).exitCode).toBe(0);
    expect(Object.keys(await snapshot(join(cwd, 'elsewhere')))).toContain('confluent-kafka-go.md');
    expect(stdout).toContain('5 repositories of example-dev: 5 created, 0 updated, 0 unchanged.');
  });

  it('updates GitHub fields and keeps what the author wrote', async () => {
    await seed({
      'dotfiles.md': [
        '---',
        'name: dotfiles',
        'url: https://github.com/example-dev/dotfiles',
        'description: Old description',
        'stars: 1',
        'featured: true',
        'relatedPosts:',
        '  - terminal-setup-for-coding-agents',
        'sample: false',
        '---',
        '',
        'The config from the terminal post.',
        '',
      ].join('\n'),
    });
    expect(await run(['--user', 'example-dev']).exitCode).toBe(0);
    const text = await readFile(join(reposDir(), 'dotfiles.md'), 'utf8');
    expect(await frontmatterOf(join(reposDir(), 'dotfiles.md'))).toEqual({
      name: 'dotfiles',
      url: 'https://github.com/example-dev/dotfiles',
      description: 'tmux, zsh and terminal configuration for a VM that runs coding agents all day.',
      stars: 5,
      featured: true,
      relatedPosts: ['terminal-setup-for-coding-agents'],
      sample: false,
      language: 'Shell',
      topics: ['dotfiles', 'tmux', 'zsh'],
      archived: false,
      updated: '2026-09-30',
    });
    expect(text.endsWith('---\n\nThe config from the terminal post.\n')).toBe(true);
    expect(stdout).toContain('updated   content/repos/dotfiles.md');
  });

  it('matches an entry by its name key whatever the file is called, and reports entries GitHub does not have', async () => {
    await seed({
      'my-dotfiles.md': '---\nname: Dotfiles\nrelatedPosts: []\n---\nNotes.\n',
      'old-tool.md': '---\nname: old-tool\nurl: https://github.com/example-dev/old-tool\n---\n',
      'sample-repo.md': '---\nname: sample-repo\nurl: https://github.com/example/sample-repo\nsample: true\n---\n',
    });
    expect(await run(['--user', 'example-dev']).exitCode).toBe(0);
    const files = await snapshot(reposDir());
    expect(files).not.toHaveProperty('dotfiles.md');
    expect(files['my-dotfiles.md']).toContain('name: dotfiles\n');
    expect(files['my-dotfiles.md'].endsWith('---\nNotes.\n')).toBe(true);
    expect(files['old-tool.md']).toBe('---\nname: old-tool\nurl: https://github.com/example-dev/old-tool\n---\n');
    expect(stdout.at(-1)).toBe('Left as they are, with no matching repository on GitHub: content/repos/old-tool.md.');
  });

  it('sends GITHUB_TOKEN as a bearer token on every request', async () => {
    const { exitCode, calls } = run(['--user', 'example-dev'], allRecordings, { GITHUB_TOKEN: 'ghp_example' });
    expect(await exitCode).toBe(0);
    expect(calls).toHaveLength(6);
    expect(new Set(calls.map((call) => call.headers.Authorization))).toEqual(new Set(['Bearer ghp_example']));
  });
});

describe('runSyncRepos failures change no file', () => {
  const existing = { 'dotfiles.md': '---\nname: dotfiles\nstars: 1\n---\nHand-written.\n' };

  it('a 404 for the user', async () => {
    const before = await seed(existing);
    const { exitCode } = run(['--user', 'no-such-user-4711'], [loadRecording('list-repos-user-404.json')]);
    expect(await exitCode).toBe(1);
    expect(stderr).toEqual([
      'sync:repos: GitHub has no user or organisation called "no-such-user-4711" (404 from GET https://api.github.com/users/no-such-user-4711/repos?per_page=100&type=owner&sort=updated).',
      'No files were changed.',
    ]);
    expect(await snapshot(reposDir())).toEqual(before);
  });

  it('a rate limit on the first request', async () => {
    const before = await seed(existing);
    const { exitCode } = run(['--user', 'example-dev'], [loadRecording('list-repos-rate-limited-403.json')]);
    expect(await exitCode).toBe(1);
    expect(stderr[0]).toContain('It resets at 2026-11-24 09:20 UTC');
    expect(stderr[1]).toBe('No files were changed.');
    expect(await snapshot(reposDir())).toEqual(before);
  });

  it('a rate limit on a README after the listing and other READMEs succeeded', async () => {
    const before = await seed(existing);
    const recordings = [
      page1,
      page2,
      ...readmes.filter((recording) => !recording.request.url.endsWith('/topic-chargeback-exporter/readme')),
      loadRecording('readme-rate-limited-429.json'),
    ];
    const { exitCode, calls } = run(['--user', 'example-dev'], recordings, { GITHUB_TOKEN: 'ghp_example' });
    expect(await exitCode).toBe(1);
    expect(calls.some((call) => call.url.endsWith('/kafka-sizing-cli/readme'))).toBe(true);
    expect(stderr[0]).toContain('the README of example-dev/topic-chargeback-exporter');
    expect(await snapshot(reposDir())).toEqual(before);
  });

  it('too few requests left for the READMEs: stops before spending them', async () => {
    const lowHeadroom: Recording = {
      ...page2,
      response: { ...page2.response, headers: { ...page2.response.headers, 'x-ratelimit-remaining': '3' } },
    };
    const { exitCode, calls } = run(['--user', 'example-dev'], [page1, lowHeadroom, ...readmes]);
    expect(await exitCode).toBe(1);
    expect(calls).toHaveLength(2);
    expect(stderr[0]).toBe(
      'sync:repos: GitHub allows 3 more requests until 2026-11-24 09:20 UTC, and fetching the READMEs of 4 repositories needs 4. ' +
        'Set GITHUB_TOKEN for a higher limit, or run the sync again after the reset.',
    );
    await expect(readdir(reposDir())).rejects.toThrow(/ENOENT/);
  });

  it('an existing entry with broken frontmatter, before any request', async () => {
    const before = await seed({ 'dotfiles.md': '---\nname: dotfiles\nstars: 1\nname: again\n---\n' });
    const { exitCode, calls } = run(['--user', 'example-dev']);
    expect(await exitCode).toBe(1);
    expect(calls).toHaveLength(0);
    expect(stderr[0]).toMatch(/^sync:repos: content\/repos\/dotfiles\.md:4: invalid YAML in the frontmatter: /);
    expect(await snapshot(reposDir())).toEqual(before);
  });

  it('a file that already holds a different repository under the new name', async () => {
    const before = await seed({ 'dotfiles.md': '---\nname: my-dotfiles\n---\n' });
    const { exitCode } = run(['--user', 'example-dev']);
    expect(await exitCode).toBe(1);
    expect(stderr[0]).toBe(
      'sync:repos: content/repos/dotfiles.md already describes "my-dotfiles", not the repository "dotfiles". ' +
        'Rename that file or fix its name: key, then run the sync again.',
    );
    expect(await snapshot(reposDir())).toEqual(before);
  });

  it('bad arguments exit 2 with usage advice', async () => {
    const { exitCode, calls } = run(['--user']);
    expect(await exitCode).toBe(2);
    expect(calls).toHaveLength(0);
    expect(stderr).toEqual(["sync:repos: Option '--user <value>' argument missing", 'Run with --help for usage.']);
  });
});

describe('runSyncRepos --help', () => {
  it('prints usage and exits 0 without touching the network', async () => {
    const { exitCode, calls } = run(['--help']);
    expect(await exitCode).toBe(0);
    expect(calls).toHaveLength(0);
    expect(stdout[0]).toMatch(/^Usage: npm run sync:repos -- --user NAME/);
  });
});
