import type { SiteConfig } from '../../site.config';

/** The author name the template ships with. */
export const EXAMPLE_AUTHOR = 'The author';

// RFC 2606 reserves these names for examples; the template's links use them or an "example" account.
const EXAMPLE_HOST = /(^|\.)example(\.(com|net|org))?$/i;

function addressHost(href: string): string | undefined {
  try {
    const url = new URL(href);
    return url.protocol === 'mailto:' ? url.pathname.split('@').pop() : url.hostname;
  } catch {
    return undefined;
  }
}

/** Whether a link still points at an example: an example.com (.net, .org, .example) host or address, or an account named "example". */
export function isExampleLink(href: string): boolean {
  const host = addressHost(href);
  if (host === undefined) return false;
  if (EXAMPLE_HOST.test(host)) return true;
  return new URL(href).pathname.split('/').some((segment) => segment.toLowerCase() === 'example');
}

/**
 * The identity fields of the site config that still hold the template's
 * example values, each as `field ("value")`; empty once the site is someone's.
 */
export function exampleIdentityFields(site: Pick<SiteConfig, 'url' | 'author' | 'social' | 'repository'>): string[] {
  const fields: string[] = [];
  if (isExampleLink(site.url)) fields.push(`url ("${site.url}")`);
  if (site.author.trim() === EXAMPLE_AUTHOR) fields.push(`author ("${site.author}")`);
  for (const link of site.social) if (isExampleLink(link.href)) fields.push(`social "${link.label}" ("${link.href}")`);
  if (site.repository && isExampleLink(site.repository.url)) fields.push(`repository.url ("${site.repository.url}")`);
  return fields;
}

/** The build warning for those fields: what is still an example and where to change it. */
export function exampleIdentityWarning(fields: string[]): string {
  return [
    `!!! src/site.config.ts still has the template's example identity in ${fields.length} field(s):`,
    ...fields.map((field) => `    - ${field}`),
    "    Feeds, canonical links, the sitemap and the footer will carry them: set your site's URL, your name and your links before publishing.",
  ].join('\n');
}
