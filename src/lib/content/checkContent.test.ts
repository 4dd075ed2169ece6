import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentSchemas } from '../../cli/contentSchemas';
import { checkContent, entryId, formatProblem, NEW_POST_DESCRIPTION, type ContentFile, type ContentSchemas } from './checkContent';

let schemas: ContentSchemas;
const now = new Date('2026-12-04T09:30:00Z');

beforeAll(async () => {
  schemas = await loadContentSchemas();
});

function post(name: string, frontmatter: string, body = 'Text.'): ContentFile {
  return { path: `content/posts/${name}.mdx`, text: `---\n${frontmatter}\n---\n\n${body}\n` };
}

const valid = (name: string, extra = '') => post(name, `title: ${name}\ndescription: About ${name}.\npubDate: 2026-10-01${extra}`);

function messages(files: ContentFile[]): string[] {
  return checkContent(files, schemas, now).problems.map((p) => `${p.severity}: ${formatProblem(p)}`);
}

describe('checkContent: frontmatter', () => {
  it('passes valid entries of every collection', () => {
    const talk = { path: 'content/talks/t.md', text: '---\ntitle: T\nevent: E\ndate: 2026-03-19\nrelatedPosts: [a]\n---\nAbstract.\n' };
    const repo = { path: 'content/repos/r.md', text: '---\nname: r\nurl: https://github.com/x/r\n---\n' };
    const page = { path: 'content/pages/about.mdx', text: '---\ntitle: About\ndescription: Me.\n---\n' };
    expect(checkContent([valid('a'), talk, repo, page], schemas, now)).toEqual({ problems: [], checked: 4 });
  });

  it('names the file, line and field of each schema error', () => {
    const file = post('bad', 'title: Bad\ndescription: D.\npubDate: soon\ntags:\n  - kafka\n  - Capacity Planning');
    expect(messages([file])).toEqual([
      'error: content/posts/bad.mdx:4: pubDate: must be a date written YYYY-MM-DD, got "soon"',
      'error: content/posts/bad.mdx:7: tags[1]: tags are lower-case kebab-case words, e.g. "capacity-planning"',
    ]);
  });

  it('says a missing field is required, on the opening line', () => {
    expect(messages([post('x', 'title: X\npubDate: 2026-01-01')])).toEqual(['error: content/posts/x.mdx:1: description: is required']);
  });

  it('reports broken YAML and a missing frontmatter with their lines', () => {
    expect(messages([post('y', 'title: [unclosed\ndescription: D.')])[0]).toMatch(/^error: content\/posts\/y\.mdx:\d+: invalid YAML: /);
    expect(messages([{ path: 'content/posts/z.mdx', text: '# No frontmatter\n' }])).toEqual([
      'error: content/posts/z.mdx:1: the file must start with a "---" frontmatter line',
    ]);
  });
});

describe('checkContent: references and series', () => {
  it('reports a related post that does not exist, naming the list index', () => {
    const talk = { path: 'content/talks/t.md', text: '---\ntitle: T\nevent: E\ndate: 2026-03-19\nrelatedPosts:\n  - a\n  - gone\n---\n' };
    expect(messages([valid('a'), talk])).toEqual([
      'error: content/talks/t.md:7: relatedPosts[1]: references the post "gone", but content/posts/ has no post with that name',
    ]);
  });

  it('counts an invalid post as existing, so it is reported once', () => {
    const talk = { path: 'content/talks/t.md', text: '---\ntitle: T\nevent: E\ndate: 2026-03-19\nrelatedPosts: [b]\n---\n' };
    expect(messages([post('b', 'title: B'), talk])).toEqual([
      'error: content/posts/b.mdx:1: description: is required',
      'error: content/posts/b.mdx:1: pubDate: is required',
    ]);
  });

  it('warns about two posts claiming the same part of a series, and a part without a series', () => {
    const one = valid('one', '\nseries: S\nseriesPart: 1');
    const two = valid('two', '\nseries: S\nseriesPart: 1');
    const lone = valid('lone', '\nseriesPart: 3');
    expect(messages([one, two, lone])).toEqual([
      'warning: content/posts/lone.mdx:5: seriesPart: is set but the post has no `series`',
      'warning: content/posts/two.mdx:6: seriesPart: part 1 of "S" is also content/posts/one.mdx',
    ]);
  });

  it('reports two series names that share a URL', () => {
    expect(messages([valid('one', '\nseries: Kafka costs'), valid('two', '\nseries: kafka-costs')])[0]).toContain(
      'series: series "Kafka costs" and "kafka-costs" both have the URL slug "kafka-costs"',
    );
  });
});

describe('checkContent: drafts, scheduled posts and placeholders', () => {
  it('lists drafts and posts dated in the future as notes', () => {
    const files = [valid('d', '\ndraft: true'), post('s', 'title: S\ndescription: D.\npubDate: 2027-01-05')];
    expect(messages(files)).toEqual([
      'note: content/posts/d.mdx:5: draft: not published: shown by `npm run dev`, left out of builds',
      'note: content/posts/s.mdx:4: pubDate: scheduled: 2027-01-05 is in the future, so builds leave the post out until then',
    ]);
  });

  it('refuses a published post that still has the placeholder description of `npm run new`', () => {
    const file = post('p', `title: P\ndescription: "${NEW_POST_DESCRIPTION}"\npubDate: 2026-10-01`);
    expect(messages([file])).toEqual([
      'error: content/posts/p.mdx:3: description: still the placeholder `npm run new` wrote: write the real description before publishing',
    ]);
    expect(messages([post('q', `title: Q\ndescription: "${NEW_POST_DESCRIPTION}"\npubDate: 2026-10-01\ndraft: true`)])[0]).toMatch(/^note:/);
  });
});

describe('checkContent: internal links', () => {
  it('reports links to missing posts, talks and repos with the body line', () => {
    const body = 'See [a](/posts/a/) and [gone](/posts/gone/#intro).\n\n<a href="/talks/nope/">talk</a> and [page 2](/posts/2/).';
    expect(messages([valid('a'), post('linker', 'title: L\ndescription: D.\npubDate: 2026-10-01', body)])).toEqual([
      'error: content/posts/linker.mdx:7: links to /posts/gone/, but content/posts/ has no entry "gone"',
      'error: content/posts/linker.mdx:9: links to /talks/nope/, but content/talks/ has no entry "nope"',
    ]);
  });

  it('ignores links inside fenced code blocks', () => {
    const body = '```md\n[example](/posts/example/)\n```';
    expect(messages([post('code', 'title: C\ndescription: D.\npubDate: 2026-10-01', body)])).toEqual([]);
  });

  it('warns when a published post links to a draft, whose page a build leaves out', () => {
    const files = [valid('d', '\ndraft: true'), post('live', 'title: L\ndescription: D.\npubDate: 2026-10-01', '[soon](/posts/d/)')];
    expect(messages(files)).toContain(
      'warning: content/posts/live.mdx:7: links to /posts/d/, which is a draft or scheduled: the link is broken in a build until it is published',
    );
  });
});

describe('checkContent: file names', () => {
  it('reports two files that would get the same URL', () => {
    const md = { ...valid('same'), path: 'content/posts/same.md' };
    expect(messages([valid('same'), md])).toEqual([
      'error: content/posts/same.md:1: has the same URL slug "same" as content/posts/same.mdx: rename one',
    ]);
  });
});

describe('entryId', () => {
  it('is the path in the collection without extension, slugged like Astro ids', () => {
    expect(entryId('content/posts/Hello World.mdx')).toBe('hello-world');
    expect(entryId('content/posts/2026/intro.md')).toBe('2026/intro');
  });
});
