import { z } from 'zod';

/**
 * The two GitHub REST API calls the repos sync makes, with every failure turned
 * into a message a person can act on.
 *
 * API reference (read 2026-11-24):
 * - list repositories for a user: https://docs.github.com/en/rest/repos/repos#list-repositories-for-a-user
 * - get a repository README: https://docs.github.com/en/rest/repos/contents#get-a-repository-readme
 * - pagination with the Link header: https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api
 * - rate limits and their headers: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 */

export const GITHUB_API_BASE = 'https://api.github.com';
/** The largest page GitHub serves for this endpoint, so most users need one request. */
const REPOS_PER_PAGE = 100;
const API_VERSION = '2022-11-28';
const USER_AGENT = 'streaming-notes-sync-repos';

/** The subset of `fetch` the client uses, so tests can answer from recorded responses. */
export type FetchLike = (url: string, init: { headers: Record<string, string> }) => Promise<Response>;

export interface GitHubClientOptions {
  fetch: FetchLike;
  /** A GitHub token; without one the anonymous rate limit applies. */
  token?: string;
}

/** A failed GitHub request, with a message meant for the person running the sync. */
export class GitHubApiError extends Error {
  constructor(
    message: string,
    readonly kind: 'rate-limit' | 'not-found' | 'unauthorized' | 'network' | 'unexpected',
  ) {
    super(message);
    this.name = 'GitHubApiError';
  }
}

const repositorySchema = z.object({
  name: z.string().min(1),
  html_url: z.url(),
  description: z.string().nullable(),
  fork: z.boolean(),
  language: z.string().nullable(),
  topics: z.array(z.string()).default([]),
  stargazers_count: z.number().int().nonnegative(),
  archived: z.boolean(),
  updated_at: z.string(),
  pushed_at: z.string().nullable(),
  owner: z.object({ login: z.string().min(1) }),
});

/** One repository as the list endpoint describes it (only the fields the sync uses). */
export type GitHubRepository = z.infer<typeof repositorySchema>;

/** Rate-limit headroom GitHub reported on the last response, when it said. */
export interface RateLimitState {
  remaining: number;
  limit: number;
  resetAt: Date;
}

export interface RepositoryListing {
  repositories: GitHubRepository[];
  rateLimit?: RateLimitState;
}

/** The URL marked rel="next" in a Link header, or undefined on the last page. */
export function nextPageUrl(linkHeader: string | null): string | undefined {
  if (!linkHeader) return undefined;
  for (const link of linkHeader.split(',')) {
    const [target, ...params] = link.split(';').map((piece) => piece.trim());
    const url = /^<(.+)>$/.exec(target)?.[1];
    // rel may hold several space-separated relation types: rel="next last".
    const relations = params
      .map((param) => /^rel\s*=\s*"?([^"]*)"?$/i.exec(param)?.[1])
      .filter((value): value is string => value !== undefined)
      .flatMap((value) => value.split(/\s+/));
    if (url && relations.includes('next')) return url;
  }
  return undefined;
}

export function readRateLimit(headers: Headers): RateLimitState | undefined {
  const remaining = Number(headers.get('x-ratelimit-remaining') ?? Number.NaN);
  const limit = Number(headers.get('x-ratelimit-limit') ?? Number.NaN);
  const reset = Number(headers.get('x-ratelimit-reset') ?? Number.NaN);
  if (!Number.isFinite(remaining) || !Number.isFinite(limit) || !Number.isFinite(reset)) return undefined;
  return { remaining, limit, resetAt: new Date(reset * 1000) };
}

/** "2026-11-24 09:20 UTC": minutes are the precision anyone waiting needs. */
export function formatResetTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function requestHeaders(token: string | undefined, accept: string): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: accept,
    'X-GitHub-Api-Version': API_VERSION,
    'User-Agent': USER_AGENT,
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

/** Node's fetch says only "fetch failed"; the cause says why (DNS, refused, TLS). */
function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message} (${cause})` : error.message;
}

async function githubGet(url: string, accept: string, options: GitHubClientOptions): Promise<Response> {
  try {
    return await options.fetch(url, { headers: requestHeaders(options.token, accept) });
  } catch (error) {
    throw new GitHubApiError(`Could not reach the GitHub API (GET ${url}): ${networkReason(error)}.`, 'network');
  }
}

async function githubMessage(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return body.message;
  } catch {
    // Not JSON: fall through and quote the start of the text instead.
  }
  return text.slice(0, 200) || response.statusText;
}

/**
 * The error for a non-2xx answer. Rate limiting is recognised the way GitHub
 * documents it: 403 or 429 with `x-ratelimit-remaining: 0` (primary limit), or
 * with `retry-after` (secondary limit).
 */
async function errorForResponse(response: Response, what: string, url: string, hadToken: boolean): Promise<GitHubApiError> {
  const message = await githubMessage(response);
  const rateLimit = readRateLimit(response.headers);
  if ((response.status === 403 || response.status === 429) && rateLimit?.remaining === 0) {
    const advice = hadToken
      ? 'Run the sync again after that.'
      : 'Set GITHUB_TOKEN to a personal access token for a higher limit, or run the sync again after that.';
    return new GitHubApiError(
      `GitHub API rate limit reached while fetching ${what} (${rateLimit.limit} requests per hour, none left). ` +
        `It resets at ${formatResetTime(rateLimit.resetAt)}. ${advice}`,
      'rate-limit',
    );
  }
  const retryAfter = response.headers.get('retry-after');
  if ((response.status === 403 || response.status === 429) && retryAfter) {
    return new GitHubApiError(
      `GitHub asked the sync to slow down while fetching ${what} (secondary rate limit: "${message}"). Wait ${retryAfter} seconds and run it again.`,
      'rate-limit',
    );
  }
  if (response.status === 401) {
    return new GitHubApiError(
      `GitHub rejected GITHUB_TOKEN (401 "${message}"). Fix or unset the token; without one the anonymous rate limit applies.`,
      'unauthorized',
    );
  }
  return new GitHubApiError(`GitHub answered ${response.status} ("${message}") to GET ${url} while fetching ${what}.`, 'unexpected');
}

function describeIssue(issue: z.ZodError['issues'][number]): string {
  const [index, ...field] = issue.path;
  const where = field.length > 0 ? `repository #${Number(index) + 1}, field ${field.join('.')}` : `repository #${Number(index) + 1}`;
  return `${where}: ${issue.message}`;
}

/**
 * Every repository `user` owns, newest update first, following the Link header
 * across pages.
 */
export async function listUserRepositories(user: string, options: GitHubClientOptions): Promise<RepositoryListing> {
  const query = new URLSearchParams({ per_page: String(REPOS_PER_PAGE), type: 'owner', sort: 'updated' });
  let url: string | undefined = `${GITHUB_API_BASE}/users/${encodeURIComponent(user)}/repos?${query}`;
  const repositories: GitHubRepository[] = [];
  let rateLimit: RateLimitState | undefined;
  const what = `the repositories of "${user}"`;
  while (url) {
    const response = await githubGet(url, 'application/vnd.github+json', options);
    if (response.status === 404) {
      throw new GitHubApiError(`GitHub has no user or organisation called "${user}" (404 from GET ${url}).`, 'not-found');
    }
    if (!response.ok) throw await errorForResponse(response, what, url, Boolean(options.token));
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new GitHubApiError(`GitHub answered GET ${url} with something that is not JSON.`, 'unexpected');
    }
    const parsed = z.array(repositorySchema).safeParse(body);
    if (!parsed.success) {
      throw new GitHubApiError(
        `GitHub answered GET ${url} with an unexpected repository list: ${describeIssue(parsed.error.issues[0])}.`,
        'unexpected',
      );
    }
    repositories.push(...parsed.data);
    rateLimit = readRateLimit(response.headers) ?? rateLimit;
    url = nextPageUrl(response.headers.get('link'));
  }
  return { repositories, rateLimit };
}

/** The README as raw text, or undefined when the repository has none (GitHub answers 404). */
export async function fetchReadme(owner: string, repository: string, options: GitHubClientOptions): Promise<string | undefined> {
  const url = `${GITHUB_API_BASE}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repository)}/readme`;
  const response = await githubGet(url, 'application/vnd.github.raw+json', options);
  if (response.status === 404) return undefined;
  if (!response.ok) throw await errorForResponse(response, `the README of ${owner}/${repository}`, url, Boolean(options.token));
  return response.text();
}
