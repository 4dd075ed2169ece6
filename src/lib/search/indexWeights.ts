/**
 * Pagefind weights (`data-pagefind-weight`, 0 to 10; body text is 1 and an
 * `h1` 7 by default: pagefind.app/docs/weighting/, Pagefind 1.6, read
 * 2026-12-04) that decide which page a reader sees first.
 */

/** A post's title: the words a reader half remembers of a post. */
export const postTitleWeight = 10;

/**
 * Everything on a sample talk or repo page: a stand-in that shows the layout
 * must not rank above a real page that says the same thing.
 */
export const sampleWeight = 0.2;
