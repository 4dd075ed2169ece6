import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/builtSite';
import { distDir } from '../support/staticServer';

// One config for the whole site, read from the repository root (not from above DIST_DIR).
const config = JSON.parse(readFileSync(join(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe('html-validate over every built page', () => {
  it.each(htmlPages())('%s has no HTML error', async (page) => {
    const report = await validator.validateFile(join(distDir(), page));
    const errors = report.results.flatMap((result) =>
      result.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? 'document'})`),
    );
    expect(errors).toEqual([]);
  });
});
