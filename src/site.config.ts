/**
 * Site identity: the one place to change who the site belongs to and where it lives.
 * Everything that prints the title, author, URL or social links reads it from here.
 */
export interface SocialLink {
  label: string;
  href: string;
}

export interface SiteConfig {
  /** Absolute production URL, no trailing slash. Feeds, sitemap and canonical links use it. */
  url: string;
  title: string;
  /** One line under the title on the home page. */
  tagline: string;
  description: string;
  author: string;
  /** BCP 47 language of the content, set on <html lang>. */
  lang: string;
  /** Links shown on the about page and in the footer. */
  social: SocialLink[];
  /**
   * Repository that holds this site's source. When set, articles get an
   * "Edit this page" link to `${repository.url}/${repository.editPath}/<file>`.
   */
  repository?: { url: string; branch: string };
  postsPerPage: number;
}

export const site: SiteConfig = {
  url: 'https://streaming-notes.example.com',
  title: 'Streaming Notes',
  tagline:
    'Seventeen years of building streaming platforms, integration systems and open-source tooling; now working all day with AI coding agents.',
  description:
    'Kafka sizing and cost attribution without the hand-waving, calculators you can check by hand, and notes on working with AI coding agents.',
  author: 'The author',
  lang: 'en',
  social: [
    { label: 'GitHub', href: 'https://github.com/example' },
    { label: 'LinkedIn', href: 'https://www.linkedin.com/in/example' },
    { label: 'Email', href: 'mailto:author@example.com' },
  ],
  repository: { url: 'https://github.com/example/streaming-notes', branch: 'main' },
  postsPerPage: 10,
};
