import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The real commands, as `npm run new` and `npm run check:content` run them (tsx,
// outside Vite), in a throw-away project root given by CONTENT_ROOT.
const run = promisify(execFile);
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'new-cli-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function cli(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, CONTENT_ROOT: root } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('src/cli/new.ts and src/cli/check-content.ts', () => {
  it('write entries that the content check accepts, and refuse bad input with a non-zero exit', async () => {
    const post = await cli('src/cli/new.ts', ['post', 'First steps', '--tags', 'kafka']);
    expect(post).toMatchObject({ code: 0, stderr: '' });
    expect(post.stdout).toContain('Created content/posts/first-steps.mdx');
    expect(await readFile(join(root, 'content/posts/first-steps.mdx'), 'utf8')).toContain('draft: true');
    const talk = await cli('src/cli/new.ts', ['talk', 'A talk', '--event', 'Conf', '--date', '2027-01-01', '--related-posts', 'first-steps']);
    expect(talk.code).toBe(0);
    expect((await cli('src/cli/new.ts', ['repo', 'tool', '--url', 'https://github.com/x/tool'])).code).toBe(0);

    const again = await cli('src/cli/new.ts', ['post', 'First steps']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('content/posts/first-steps.mdx already exists');

    const check = await cli('src/cli/check-content.ts', []);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('content/posts/first-steps.mdx:5: draft: not published');
    expect(check.stdout).toContain('3 files, 3 valid; 0 errors');
  }, 60_000);

  it('makes check:content exit non-zero on an error', async () => {
    const bad = await cli('src/cli/new.ts', ['talk', 'Another talk', '--event', 'Conf', '--date', '2027-01-01', '--related-posts', 'missing-post']);
    expect(bad.code).toBe(0);
    const check = await cli('src/cli/check-content.ts', []);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('error: content/talks/another-talk.md:6: relatedPosts[0]: references the post "missing-post"');
  }, 60_000);
});
