import { describe, expect, it } from 'vitest';
import { fetchReadme, formatResetTime, GitHubApiError, listUserRepositories, nextPageUrl, readRateLimit } from './githubApi';
import { loadRecording, recordedFetch, type Recording } from './fixtures/recordedGitHub';

const page1 = loadRecording('list-repos-page-1.json');
const page2 = loadRecording('list-repos-page-2.json');

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GitHubApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

function withResponse(recording: Recording, change: Partial<Recording['response']>): Recording {
  return { ...recording, response: { ...recording.response, ...change } };
}

describe('nextPageUrl', () => {
  it('picks the rel="next" link out of a GitHub Link header', () => {
    expect(
      nextPageUrl(
        '<https://api.github.com/user/1/repos?page=2>; rel="next", <https://api.github.com/user/1/repos?page=5>; rel="last"',
      ),
    ).toBe('https://api.github.com/user/1/repos?page=2');
  });

  it('finds "next" among several relation types and ignores other parameters', () => {
    expect(nextPageUrl('<https://x.test/a?page=3>; type="text/html"; rel="next last"')).toBe('https://x.test/a?page=3');
  });

  it('is undefined on the last page and without a header', () => {
    expect(nextPageUrl('<https://x.test/?page=1>; rel="prev", <https://x.test/?page=1>; rel="first"')).toBeUndefined();
    expect(nextPageUrl(null)).toBeUndefined();
    expect(nextPageUrl('')).toBeUndefined();
  });
});

describe('readRateLimit and formatResetTime', () => {
  it('reads the x-ratelimit headers; 1795512000 s after the epoch is 2026-11-24 09:20 UTC', () => {
    const state = readRateLimit(new Headers(page1.response.headers));
    expect(state?.remaining).toBe(58);
    expect(state?.limit).toBe(60);
    expect(formatResetTime(state!.resetAt)).toBe('2026-11-24 09:20 UTC');
  });

  it('is undefined when GitHub sent no rate-limit headers', () => {
    expect(readRateLimit(new Headers({ 'content-type': 'application/json' }))).toBeUndefined();
  });
});

describe('listUserRepositories', () => {
  it('follows the Link header across pages and keeps GitHub order', async () => {
    const { fetch, calls } = recordedFetch([page1, page2]);
    const listing = await listUserRepositories('example-dev', { fetch });
    expect(calls.map((call) => call.url)).toEqual([
      'https://api.github.com/users/example-dev/repos?per_page=100&type=owner&sort=updated',
      'https://api.github.com/user/90210417/repos?per_page=100&type=owner&sort=updated&page=2',
    ]);
    expect(listing.repositories.map((repository) => repository.name)).toEqual([
      'kafka-sizing-cli',
      'topic-chargeback-exporter',
      'dotfiles',
      'confluent-kafka-go',
      'kafka-connect-legacy-sink',
    ]);
    // The headroom reported by the last page.
    expect(listing.rateLimit?.remaining).toBe(57);
  });

  it('sends the API version and media type, and a bearer token only when given one', async () => {
    const anonymous = recordedFetch([page1, page2]);
    await listUserRepositories('example-dev', { fetch: anonymous.fetch });
    expect(anonymous.calls[0].headers).toMatchObject({
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
    });
    expect(anonymous.calls[0].headers.Authorization).toBeUndefined();

    const authenticated = recordedFetch([page1, page2]);
    await listUserRepositories('example-dev', { fetch: authenticated.fetch, token: 'ghp_example' });
    expect(authenticated.calls.map((call) => call.headers.Authorization)).toEqual(['Bearer ghp_example', 'Bearer ghp_example']);
  });

  it('says which user does not exist on a 404', async () => {
    const { fetch } = recordedFetch([loadRecording('list-repos-user-404.json')]);
    const error = await failure(listUserRepositories('no-such-user-4711', { fetch }));
    expect(error.kind).toBe('not-found');
    expect(error.message).toContain('no user or organisation called "no-such-user-4711"');
  });

  it('reports the reset time of an exhausted rate limit and suggests a token', async () => {
    const { fetch } = recordedFetch([loadRecording('list-repos-rate-limited-403.json')]);
    const error = await failure(listUserRepositories('example-dev', { fetch }));
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toContain('60 requests per hour, none left');
    expect(error.message).toContain('It resets at 2026-11-24 09:20 UTC');
    expect(error.message).toContain('Set GITHUB_TOKEN');
  });

  it('does not suggest a token to someone already using one', async () => {
    const recording = loadRecording('list-repos-rate-limited-403.json');
    const { fetch } = recordedFetch([recording]);
    const error = await failure(listUserRepositories('example-dev', { fetch, token: 'ghp_example' }));
    expect(error.message).not.toContain('GITHUB_TOKEN');
    expect(error.message).toContain('2026-11-24 09:20 UTC');
  });

  it('recognises a secondary rate limit by its retry-after header', async () => {
    const recording = withResponse(loadRecording('list-repos-rate-limited-403.json'), {
      headers: { 'content-type': 'application/json', 'retry-after': '60' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    });
    const { fetch } = recordedFetch([recording]);
    const error = await failure(listUserRepositories('example-dev', { fetch }));
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toContain('Wait 60 seconds');
  });

  it('explains a rejected token', async () => {
    const { fetch } = recordedFetch([loadRecording('list-repos-bad-credentials-401.json')]);
    const error = await failure(listUserRepositories('example-dev', { fetch, token: 'expired' }));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).toContain('GitHub rejected GITHUB_TOKEN (401 "Bad credentials")');
  });

  it('names the repository and field when the response has an unexpected shape', async () => {
    const [first, second] = page1.response.body as Record<string, unknown>[];
    const broken = withResponse(page1, {
      headers: { 'content-type': 'application/json' },
      body: [first, { ...second, stargazers_count: 'seventeen' }],
    });
    const { fetch } = recordedFetch([broken]);
    const error = await failure(listUserRepositories('example-dev', { fetch }));
    expect(error.kind).toBe('unexpected');
    expect(error.message).toContain('repository #2, field stargazers_count');
  });

  it('includes the cause Node attaches to "fetch failed"', async () => {
    const error = await failure(
      listUserRepositories('example-dev', {
        fetch: async () => {
          throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.github.com') });
        },
      }),
    );
    expect(error.message).toMatch(/: fetch failed \(getaddrinfo ENOTFOUND api\.github\.com\)\.$/);
  });

  it('turns a network failure into a message, not a stack trace', async () => {
    const error = await failure(
      listUserRepositories('example-dev', {
        fetch: async () => {
          throw new TypeError('fetch failed');
        },
      }),
    );
    expect(error.kind).toBe('network');
    expect(error.message).toBe(
      'Could not reach the GitHub API (GET https://api.github.com/users/example-dev/repos?per_page=100&type=owner&sort=updated): fetch failed.',
    );
  });
});

describe('fetchReadme', () => {
  it('asks for the raw media type and returns the text', async () => {
    const { fetch, calls } = recordedFetch([loadRecording('readme-kafka-connect-legacy-sink.json')]);
    const readme = await fetchReadme('example-dev', 'kafka-connect-legacy-sink', { fetch });
    expect(calls[0].headers.Accept).toBe('application/vnd.github.raw+json');
    expect(readme).toMatch(/^# kafka-connect-legacy-sink\n\n\*\*Archived\.\*\*/);
  });

  it('is undefined for a repository without a README', async () => {
    const { fetch } = recordedFetch([loadRecording('readme-dotfiles-404.json')]);
    expect(await fetchReadme('example-dev', 'dotfiles', { fetch })).toBeUndefined();
  });

  it('reports a rate limit hit while fetching a README', async () => {
    const { fetch } = recordedFetch([loadRecording('readme-rate-limited-429.json')]);
    const error = await failure(fetchReadme('example-dev', 'topic-chargeback-exporter', { fetch, token: 'ghp_example' }));
    expect(error.kind).toBe('rate-limit');
    expect(error.message).toContain('the README of example-dev/topic-chargeback-exporter (5000 requests per hour, none left)');
  });
});
