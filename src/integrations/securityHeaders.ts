import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cspMetaPolicy, moveCspMetaFirst, rewriteCspMetaPolicy } from '../lib/security/cspMeta';
import { headerPolicy, headersFile, mergeCspPolicies, withoutEmptyContentHashes } from '../lib/security/securityHeaders';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/**
 * After the build, moves each page's CSP meta to the top of <head>, drops the
 * hashes of empty content from it, and writes
 * `dist/_headers` for static hosts: the union of every page's CSP meta policy
 * (see mergeCspPolicies and headerPolicy), frame-ancestors, and the other
 * security headers. A page without a CSP meta fails the build, so no page
 * silently ships without a policy.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'site:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root).map((file) => {
          const html = rewriteCspMetaPolicy(moveCspMetaFirst(readFileSync(file, 'utf8'), relative(root, file)), withoutEmptyContentHashes);
          writeFileSync(file, html);
          return cspMetaPolicy(html)!;
        });
        writeFileSync(join(root, '_headers'), headersFile(headerPolicy(mergeCspPolicies(policies))));
        logger.info(`_headers written from ${policies.length} pages' CSP`);
      },
    },
  };
}
