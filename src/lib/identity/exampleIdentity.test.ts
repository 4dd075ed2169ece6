import { describe, expect, it } from 'vitest';
import { exampleIdentityFields, exampleIdentityWarning, isExampleLink } from './exampleIdentity';

describe('isExampleLink', () => {
  it.each([
    ['https://streaming-notes.example.com', true],
    ['https://example.org/x', true],
    ['mailto:author@example.com', true],
    ['https://blog.example', true],
    ['https://github.com/example', true],
    ['https://www.linkedin.com/in/example/', true],
    ['https://github.com/example/streaming-notes', true],
    ['https://notes.jane.dev', false],
    ['https://github.com/jane', false],
    ['mailto:jane@examples.com', false],
    ['https://counterexample.com', false],
    ['not a url', false],
  ])('%s → %s', (href, expected) => expect(isExampleLink(href)).toBe(expected));
});

describe('exampleIdentityFields', () => {
  const real = {
    url: 'https://notes.jane.dev',
    author: 'Jane Doe',
    social: [{ label: 'GitHub', href: 'https://github.com/jane' }],
    repository: { url: 'https://github.com/jane/notes', branch: 'main' },
  };

  it('is empty for a site with its own identity, with or without a repository', () => {
    expect(exampleIdentityFields(real)).toEqual([]);
    expect(exampleIdentityFields({ ...real, repository: undefined })).toEqual([]);
  });

  it('names each field that still holds an example value', () => {
    expect(
      exampleIdentityFields({
        ...real,
        author: 'The author',
        social: [...real.social, { label: 'Email', href: 'mailto:me@example.com' }],
      }),
    ).toEqual(['author ("The author")', 'social "Email" ("mailto:me@example.com")']);
  });
});

describe('exampleIdentityWarning', () => {
  it('lists the fields and says where to change them', () => {
    const warning = exampleIdentityWarning(['author ("The author")']);
    expect(warning).toContain('src/site.config.ts');
    expect(warning).toContain('    - author ("The author")');
  });
});
