import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { GitHubRepository } from './githubApi';
import {
  entryRepositoryName,
  fileNameForRepository,
  isSampleEntry,
  normaliseReadme,
  parseRepoEntryFile,
  README_CHARACTER_LIMIT,
  RepoEntryFileError,
  renderRepoEntry,
  syncedFieldsFromGitHub,
  type SyncedRepoFields,
} from './repoEntryFile';

const fields: SyncedRepoFields = {
  name: 'kafka-sizing-cli',
  url: 'https://github.com/example-dev/kafka-sizing-cli',
  description: 'Size a Kafka cluster from a workload description.',
  language: 'TypeScript',
  topics: ['capacity-planning', 'cli', 'kafka'],
  stars: 42,
  archived: false,
  updated: '2026-11-02',
  readme: '# kafka-sizing-cli\n\nUsage: see below.\n',
};

/** Astro's own frontmatter split (from @astrojs/internal-helpers): everything up to the first "\n---". */
function astroFrontmatter(text: string): unknown {
  const raw = /(?:^\uFEFF?|^\s*\n)(?:---)([\s\S]*?\n)(?:---)/.exec(text)?.[1];
  return raw === undefined ? undefined : parse(raw, { version: '1.1' });
}

function parseError(text: string): string {
  try {
    parseRepoEntryFile(text, 'content/repos/x.md');
  } catch (error) {
    if (error instanceof RepoEntryFileError) return error.message;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('renderRepoEntry for a new repository', () => {
  it('writes the synced keys in a fixed order, an empty relatedPosts, the README last and no body', () => {
    expect(renderRepoEntry(undefined, fields)).toBe(
      [
        '---',
        'name: kafka-sizing-cli',
        'url: https://github.com/example-dev/kafka-sizing-cli',
        'description: Size a Kafka cluster from a workload description.',
        'language: TypeScript',
        'topics:',
        '  - capacity-planning',
        '  - cli',
        '  - kafka',
        'stars: 42',
        'archived: false',
        'updated: "2026-11-02"',
        'relatedPosts: []',
        'readme: |',
        '  # kafka-sizing-cli',
        '',
        '  Usage: see below.',
        '---',
        '',
      ].join('\n'),
    );
  });

  it('writes empty strings when GitHub has no description or language', () => {
    const text = renderRepoEntry(undefined, { ...fields, description: null, language: null, readme: undefined });
    expect(astroFrontmatter(text)).toMatchObject({ description: '', language: '' });
    expect(text).not.toContain('readme:');
  });

  it('quotes strings a YAML 1.1 reader would turn into booleans, numbers or dates', () => {
    const text = renderRepoEntry(undefined, { ...fields, name: '2048', description: 'yes', readme: undefined });
    expect(astroFrontmatter(text)).toMatchObject({ name: '2048', description: 'yes', updated: '2026-11-02' });
  });

  it('keeps a README with "---" lines, indentation and trailing spaces intact for Astro', () => {
    const readme = '# Title\n\n---\n\n  indented\ntrailing   \n\ttab\nkey: value\n---\n';
    const text = renderRepoEntry(undefined, { ...fields, readme });
    expect(astroFrontmatter(text)).toMatchObject({ name: 'kafka-sizing-cli', readme });
  });
});

describe('renderRepoEntry for an existing entry', () => {
  const handWritten = [
    '---',
    '# Notes for myself: keep this one pinned.',
    'name: kafka-sizing-cli',
    'url: https://github.com/example-dev/kafka-sizing-cli',
    'description: My own better description.',
    'language: TypeScript',
    'topics: [kafka]',
    'stars: 3',
    'pinned: true',
    'relatedPosts:',
    '  - kafka-sizing-without-hand-waving',
    'sample: false',
    'readme: old text',
    '---',
    '',
    'Written by hand: why this tool exists.',
    '',
  ].join('\n');
  const existing = parseRepoEntryFile(handWritten, 'content/repos/kafka-sizing-cli.md');

  it('replaces synced keys in place and keeps comments, unknown keys, relatedPosts, sample and the body', () => {
    const text = renderRepoEntry(existing, fields);
    expect(text).toBe(
      [
        '---',
        '# Notes for myself: keep this one pinned.',
        'name: kafka-sizing-cli',
        'url: https://github.com/example-dev/kafka-sizing-cli',
        'description: Size a Kafka cluster from a workload description.',
        'language: TypeScript',
        'topics:',
        '  - capacity-planning',
        '  - cli',
        '  - kafka',
        'stars: 42',
        'pinned: true',
        'relatedPosts:',
        '  - kafka-sizing-without-hand-waving',
        'sample: false',
        'readme: |',
        '  # kafka-sizing-cli',
        '',
        '  Usage: see below.',
        'archived: false',
        'updated: "2026-11-02"',
        '---',
        '',
        'Written by hand: why this tool exists.',
        '',
      ].join('\n'),
    );
  });

  it('keeps the author\'s description and language when GitHub has none', () => {
    const text = renderRepoEntry(existing, { ...fields, description: null, language: null });
    expect(astroFrontmatter(text)).toMatchObject({ description: 'My own better description.', language: 'TypeScript' });
  });

  it('drops the README key when the repository no longer has one', () => {
    expect(renderRepoEntry(existing, { ...fields, readme: undefined })).not.toContain('readme:');
  });

  it('is byte-for-byte stable: rendering its own output again changes nothing', () => {
    const once = renderRepoEntry(existing, fields);
    expect(renderRepoEntry(parseRepoEntryFile(once, 'x.md'), fields)).toBe(once);
  });
});

describe('parseRepoEntryFile', () => {
  it('reads the name, the sample flag and the body', () => {
    const entry = parseRepoEntryFile('---\nname: dotfiles\nsample: true\n---\nNotes.\n', 'content/repos/dotfiles.md');
    expect(entryRepositoryName(entry, 'dotfiles.md')).toBe('dotfiles');
    expect(isSampleEntry(entry)).toBe(true);
    expect(entry.body).toBe('Notes.\n');
  });

  it('falls back to the file name when there is no name key', () => {
    const entry = parseRepoEntryFile('---\nsample: false\n---\n', 'content/repos/dotfiles.md');
    expect(entryRepositoryName(entry, 'dotfiles.md')).toBe('dotfiles');
    expect(isSampleEntry(entry)).toBe(false);
  });

  it('treats a file without frontmatter as all body', () => {
    const entry = parseRepoEntryFile('Just notes.\n', 'content/repos/notes.md');
    expect(entry.body).toBe('Just notes.\n');
    expect(renderRepoEntry(entry, { ...fields, readme: undefined })).toMatch(/^---\nname: kafka-sizing-cli\n[\s\S]*\n---\nJust notes\.\n$/);
  });

  it('points at the file and line of invalid YAML (a duplicate key on line 4)', () => {
    expect(parseError('---\nname: x\nstars: 3\nname: y\n---\n')).toMatch(/^content\/repos\/x\.md:4: invalid YAML in the frontmatter: /);
  });

  it('reports frontmatter that never closes', () => {
    expect(parseError('---\nname: x\n')).toBe('content/repos/x.md:1: the frontmatter opens with "---" but no closing "---" line follows.');
  });

  it('rejects frontmatter that is not key: value pairs', () => {
    expect(parseError('---\n- a\n- b\n---\n')).toBe('content/repos/x.md:2: the frontmatter must be a set of "key: value" lines.');
  });
});

describe('normaliseReadme', () => {
  it('drops a byte-order mark, converts CRLF and ends with exactly one newline', () => {
    expect(normaliseReadme('\uFEFF# A\r\n\r\ntext  \r\n\r\n\r\n')).toBe('# A\n\ntext\n');
  });

  it('cuts a long README at the last line break before the limit and says so', () => {
    // 300 lines of 99 characters plus "\n": 30,000 characters. The last line
    // break at or before 20,000 ends line 200 (index 19,999).
    const line = 'x'.repeat(99);
    const readme = normaliseReadme(Array.from({ length: 300 }, () => line).join('\n'));
    expect(README_CHARACTER_LIMIT).toBe(20_000);
    const [kept, note] = readme.split('\n\n');
    expect(kept.split('\n')).toHaveLength(200);
    expect(note).toBe('[README shortened here; the full text is on GitHub.]\n');
  });
});

describe('syncedFieldsFromGitHub', () => {
  const repository: GitHubRepository = {
    name: 'dotfiles',
    html_url: 'https://github.com/example-dev/dotfiles',
    description: 'tmux and zsh',
    fork: false,
    language: 'Shell',
    topics: ['zsh', 'dotfiles', 'tmux'],
    stargazers_count: 5,
    archived: false,
    updated_at: '2026-09-30T07:15:02Z',
    pushed_at: '2026-09-29T23:59:59Z',
    owner: { login: 'example-dev' },
  };

  it('dates the entry by the last push and sorts topics', () => {
    expect(syncedFieldsFromGitHub(repository, undefined)).toEqual({
      name: 'dotfiles',
      url: 'https://github.com/example-dev/dotfiles',
      description: 'tmux and zsh',
      language: 'Shell',
      topics: ['dotfiles', 'tmux', 'zsh'],
      stars: 5,
      archived: false,
      updated: '2026-09-29',
      readme: undefined,
    });
  });

  it('falls back to updated_at for a repository that was never pushed to', () => {
    expect(syncedFieldsFromGitHub({ ...repository, pushed_at: null }, 'x').updated).toBe('2026-09-30');
  });
});

describe('fileNameForRepository', () => {
  it('uses the repository name, without the leading "." or "_" that Astro would skip', () => {
    expect(fileNameForRepository('kafka-tools')).toBe('kafka-tools.md');
    expect(fileNameForRepository('.github')).toBe('github.md');
    expect(fileNameForRepository('_notes')).toBe('notes.md');
    expect(fileNameForRepository('dotfiles.nvim')).toBe('dotfiles.nvim.md');
  });
});
