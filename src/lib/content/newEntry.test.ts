import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContentSchemas } from '../../cli/contentSchemas';
import { checkContent, NEW_POST_DESCRIPTION, type ContentSchemas } from './checkContent';
import { parseEntryFile } from './checkContentFrontmatter';
import { kebabCase, parseIsoDate, parseNewEntryArgs, runNewEntry, schemaFieldFlags } from './newEntry';

let schemas: ContentSchemas;
let root: string;
const now = new Date('2026-12-04T09:30:00Z');

beforeAll(async () => {
  schemas = await loadContentSchemas();
});

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'new-entry-'));
  await cp(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function run(argv: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runNewEntry(argv, {
    root,
    now,
    schemas,
    devUrl: 'http://localhost:4321/',
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

async function writtenEntry(path: string) {
  const entry = parseEntryFile(await readFile(join(root, path), 'utf8'), path);
  return { entry, parsed: schemas[path.split('/')[1] as keyof ContentSchemas].safeParse(entry.data) };
}

describe('schemaFieldFlags', () => {
  it('gives every command-line field of the post schema a kebab-case flag', () => {
    const flags = schemaFieldFlags(schemas.posts);
    expect(flags.map((f) => f.flag)).toEqual(expect.arrayContaining(['tags', 'series', 'series-part', 'draft', 'pub-date', 'canonical-url']));
    expect(flags.find((f) => f.field === 'tags')).toMatchObject({ kind: 'list', required: false });
    expect(flags.find((f) => f.field === 'title')).toMatchObject({ kind: 'string', required: true });
  });
  it('marks the talk fields without a default as required', () => {
    const required = schemaFieldFlags(schemas.talks).filter((f) => f.required).map((f) => f.field);
    expect(required).toEqual(['title', 'event', 'date']);
  });
  it('kebab-cases acronyms as one word', () => {
    expect(kebabCase('canonicalURL')).toBe('canonical-url');
    expect(kebabCase('heroImageAlt')).toBe('hero-image-alt');
  });
});

describe('parseIsoDate', () => {
  it('accepts a calendar date and refuses impossible or loose ones', () => {
    expect(parseIsoDate('2026-02-28', 'date').toISOString()).toBe('2026-02-28T00:00:00.000Z');
    for (const bad of ['2026-02-30', '2026-2-3', 'tomorrow', '03/02/2026']) {
      expect(() => parseIsoDate(bad, 'date')).toThrow(`--date must be a date written YYYY-MM-DD, got "${bad}"`);
    }
  });
});

describe('parseNewEntryArgs', () => {
  it('converts flag values to their schema types', () => {
    const request = parseNewEntryArgs(['post', 'A title', '--tags', 'kafka, cost', '--series-part', '2'], schemas);
    expect(request).toEqual({ kind: 'post', label: 'A title', fields: { tags: ['kafka', 'cost'], seriesPart: 2 } });
  });
  it('names an unknown kind, a missing title and an unknown flag', () => {
    expect(() => parseNewEntryArgs(['page', 'x'], schemas)).toThrow('unknown kind "page": use post, talk or repo');
    expect(() => parseNewEntryArgs([], schemas)).toThrow('say what to create: post, talk or repo');
    expect(() => parseNewEntryArgs(['talk', '--event', 'X'], schemas)).toThrow('a talk needs a title');
    expect(() => parseNewEntryArgs(['repo', 'x', '--colour', 'red'], schemas)).toThrow("Unknown option '--colour'");
  });
});

describe('npm run new -- post', () => {
  it('writes a draft dated today with valid frontmatter and prints the path and the dev URL', async () => {
    const result = await run(['post', 'Tiered storage: yes, really', '--tags', 'kafka,sizing', '--series', 'Kafka capacity and cost', '--draft']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const path = 'content/posts/tiered-storage-yes-really.mdx';
    expect(result.stdout).toBe(`Created ${path}\nPreview: http://localhost:4321/posts/tiered-storage-yes-really/ (npm run dev)`);
    const { entry, parsed } = await writtenEntry(path);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({
      title: 'Tiered storage: yes, really',
      description: NEW_POST_DESCRIPTION,
      pubDate: new Date('2026-12-04T00:00:00Z'),
      draft: true,
      tags: ['kafka', 'sizing'],
      series: 'Kafka capacity and cost',
    });
    // The body renders nothing: an MDX comment.
    expect(entry.body.trim()).toMatch(/^\{\/\*.*\*\/\}$/);
  });

  it('is always a draft: a post written by the command is left out of builds until edited', async () => {
    await run(['post', 'Plain']);
    const { parsed } = await writtenEntry('content/posts/plain.mdx');
    expect(parsed.data).toMatchObject({ draft: true });
  });

  it('passes the content check with only the draft note', async () => {
    await run(['post', 'Checked post', '--tags', 'kafka']);
    const path = 'content/posts/checked-post.mdx';
    const report = checkContent([{ path, text: await readFile(join(root, path), 'utf8') }], schemas, now);
    expect(report.problems.map((p) => p.severity)).toEqual(['note']);
  });

  it('refuses to overwrite an existing post, .md or .mdx', async () => {
    const before = await readFile(join(root, 'content/posts/which-topic-is-costing-us.mdx'), 'utf8');
    const result = await run(['post', 'Which topic is costing us?']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/posts/which-topic-is-costing-us.mdx already exists');
    expect(await readFile(join(root, 'content/posts/which-topic-is-costing-us.mdx'), 'utf8')).toBe(before);
  });

  it('refuses a file that would get the same URL under another spelling', async () => {
    await writeFile(join(root, 'content/posts/Spelled Differently.md'), '---\ntitle: x\n---\n');
    const result = await run(['post', 'Spelled differently']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/posts/Spelled Differently.md already exists');
  });

  it('refuses a title with nothing to make a file name from, and a tag the schema rejects', async () => {
    expect((await run(['post', '!!!'])).stderr).toContain('the title "!!!" has no letters or digits to make a file name from');
    const badTag = await run(['post', 'Bad tag', '--tags', 'Capacity Planning']);
    expect(badTag.code).toBe(1);
    expect(badTag.stderr).toContain('--tags[0]: tags are lower-case kebab-case words');
  });
});

describe('npm run new -- talk', () => {
  it('writes a talk with its event and date', async () => {
    const result = await run(['talk', 'Streams at scale', '--event', 'Kafka Summit', '--date', '2027-03-19', '--tags', 'kafka']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('http://localhost:4321/talks/streams-at-scale/');
    const { parsed } = await writtenEntry('content/talks/streams-at-scale.md');
    expect(parsed.data).toMatchObject({ title: 'Streams at scale', event: 'Kafka Summit', date: new Date('2027-03-19T00:00:00Z') });
  });

  it('refuses a missing event, a bad date and an overwrite, naming the flag or file', async () => {
    expect((await run(['talk', 'No event', '--date', '2027-03-19'])).stderr).toContain('--event is required');
    expect((await run(['talk', 'Bad date', '--event', 'X', '--date', '2027-13-01'])).stderr).toContain(
      '--date must be a date written YYYY-MM-DD, got "2027-13-01"',
    );
    const clash = await run(['talk', 'Who pays for the stream', '--event', 'X', '--date', '2027-01-01']);
    expect(clash).toMatchObject({ code: 1 });
    expect(clash.stderr).toContain('content/talks/who-pays-for-the-stream.md already exists');
  });
});

describe('npm run new -- repo', () => {
  it('writes a repository entry named after the repository', async () => {
    const result = await run(['repo', 'topic-lag-exporter', '--url', 'https://github.com/example/topic-lag-exporter', '--topics', 'kafka,metrics']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('http://localhost:4321/repos/topic-lag-exporter/');
    const { parsed } = await writtenEntry('content/repos/topic-lag-exporter.md');
    expect(parsed.data).toMatchObject({ name: 'topic-lag-exporter', url: 'https://github.com/example/topic-lag-exporter', topics: ['kafka', 'metrics'] });
  });

  it('refuses a missing or malformed URL and writes nothing', async () => {
    expect((await run(['repo', 'no-url'])).stderr).toContain('--url is required');
    const bad = await run(['repo', 'bad-url', '--url', 'github.com/x']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--url: Invalid URL');
    expect(await readdir(join(root, 'content/repos'))).not.toContain('bad-url.md');
  });
});
