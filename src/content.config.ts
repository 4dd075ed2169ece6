import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { resolvePublicPath } from './lib/content/publicPath';
import { changelogSubjectIds } from './lib/content/changelog';

/** Lower-case kebab-case words, as they appear in /tags/<tag>/. */
const tag = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'tags are lower-case kebab-case words, e.g. "capacity-planning"');

/** A local file under public/ ("/slides/deck.pdf"), checked once decoded, or an absolute http(s) URL. */
const localPathOrUrl = z.string().superRefine((value, context) => {
  if (/^https?:\/\//.test(value)) return;
  if (!value.startsWith('/')) {
    context.addIssue({ code: 'custom', message: 'must be a path under public/ starting with "/" or an http(s) URL' });
    return;
  }
  const resolved = resolvePublicPath(value);
  if (!resolved.ok) context.addIssue({ code: 'custom', message: `must stay inside public/: ${resolved.problem}` });
});

const posts = defineCollection({
  loader: glob({ base: './content/posts', pattern: '**/[^_]*.{md,mdx}' }),
  schema: ({ image }) =>
    z.object({
      title: z.string().min(1),
      description: z.string().min(1),
      pubDate: z.coerce.date(),
      updatedDate: z.coerce.date().optional(),
      tags: z.array(tag).default([]),
      draft: z.boolean().default(false),
      /** Name of the series the post belongs to; parts are ordered by `seriesPart`, then date. */
      series: z.string().min(1).optional(),
      seriesPart: z.number().int().positive().optional(),
      heroImage: image().optional(),
      heroImageAlt: z.string().optional(),
      canonicalURL: z.url().optional(),
    }),
});

const talks = defineCollection({
  loader: glob({ base: './content/talks', pattern: '**/[^_]*.{md,mdx}' }),
  schema: z.object({
    title: z.string().min(1),
    event: z.string().min(1),
    date: z.coerce.date(),
    location: z.string().optional(),
    slides: localPathOrUrl.optional(),
    video: z.url().optional(),
    tags: z.array(tag).default([]),
    relatedPosts: z.array(reference('posts')).default([]),
    /** Stand-in entry, not one of the author's real talks: shown with a "sample" badge. */
    sample: z.boolean().default(false),
  }),
});

const repos = defineCollection({
  loader: glob({ base: './content/repos', pattern: '**/[^_]*.{md,mdx}' }),
  schema: z.object({
    name: z.string().min(1),
    url: z.url(),
    description: z.string().default(''),
    language: z.string().default(''),
    topics: z.array(z.string()).default([]),
    stars: z.number().int().nonnegative().optional(),
    archived: z.boolean().default(false),
    updated: z.coerce.date().optional(),
    /** README text written by `npm run sync:repos`, indexed for search. */
    readme: z.string().optional(),
    relatedPosts: z.array(reference('posts')).default([]),
    /** Stand-in entry, not one of the author's real repositories: shown with a "sample" badge. */
    sample: z.boolean().default(false),
  }),
});

const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/[^_]*.{md,mdx}' }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
  }),
});

/** The public changelog of the calculators' models and catalogs, one entry per change (content/changelog.yaml). */
const changelog = defineCollection({
  loader: file('content/changelog.yaml'),
  schema: z.object({
    /** The day of the commits that made the change. */
    date: z.coerce.date(),
    subject: z.enum(changelogSubjectIds),
    /** What changed, in a sentence or two a reader of a result can act on. */
    change: z.string().min(1),
    commits: z.array(z.string().regex(/^[0-9a-f]{7,40}$/, 'commits are git hashes, e.g. "6e861a7"')).min(1),
    /** Posts whose printed numbers the change computes or whose text changed with it. */
    posts: z.array(reference('posts')).default([]),
  }),
});

export const collections = { posts, talks, repos, pages, changelog };
