import type { AstroIntegration } from 'astro';
import { exampleIdentityFields, exampleIdentityWarning } from '../lib/identity/exampleIdentity';
import type { SiteConfig } from '../site.config';

/** Warns once per build while src/site.config.ts still holds the template's example identity (see exampleIdentityFields). */
export function identityWarning(site: SiteConfig): AstroIntegration {
  return {
    name: 'site:identity-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const fields = exampleIdentityFields(site);
        if (fields.length > 0) logger.warn(exampleIdentityWarning(fields));
      },
    },
  };
}
