import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../support/projectCopy';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

function talk(frontmatter: string): string {
  return `---\ntitle: A talk\nevent: An event\n${frontmatter}\n---\nThe abstract.\n`;
}

describe('content errors fail the build and name the file and the field', () => {
  it('a frontmatter field of the wrong type', () => {
    copy = copyProject();
    writeFileSync(join(copy.dir, 'content/talks/broken-date.md'), talk('date: not-a-date'));
    const { status, output } = copy.astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/talks/broken-date.md');
    expect(output).toMatch(/\bdate\b/);
  });

  it('a required field that is missing', () => {
    copy = copyProject();
    writeFileSync(join(copy.dir, 'content/posts/no-title.md'), '---\ndescription: d\npubDate: 2026-01-01\n---\nBody.\n');
    const { status, output } = copy.astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/posts/no-title.md');
    expect(output).toMatch(/\btitle\b/);
  });

  it.each([
    ['/slides/%2e%2e/%2e%2e/package.json', 'climbs out of public/'],
    ['/slides/100%.pdf', 'malformed percent-escape'],
  ])('a slides path %s that does not stay inside public/', (slides, problem) => {
    copy = copyProject();
    writeFileSync(join(copy.dir, 'content/talks/hostile-slides.md'), talk(`date: 2026-01-01\nslides: "${slides}"`));
    const { status, output } = copy.astro(['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/talks/hostile-slides.md');
    expect(output).toMatch(/\bslides\b/);
    expect(output).toContain(problem);
  });

  it('a related post that does not exist', () => {
    copy = copyProject();
    writeFileSync(join(copy.dir, 'content/talks/broken-ref.md'), talk('date: 2026-01-01\nrelatedPosts: [no-such-post]'));
    const { status, output } = copy.astro(['build']);
    expect(status).not.toBe(0);
    expect(output).toContain('content/talks/broken-ref.md: relatedPosts[0] references the post "no-such-post"');
  }, 300_000);
});
