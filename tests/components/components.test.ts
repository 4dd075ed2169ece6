import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Aside from '../../src/components/mdx/Aside.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import FormattedDate from '../../src/components/FormattedDate.astro';
import Pagination from '../../src/components/Pagination.astro';
import SampleBadge from '../../src/components/SampleBadge.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';
import TagList from '../../src/components/TagList.astro';
import EditLink from '../../src/components/EditLink.astro';
import { site } from '../../src/site.config';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('FormattedDate', () => {
  it('renders a machine-readable and a human date', async () => {
    const html = await container.renderToString(FormattedDate, { props: { date: new Date('2026-11-02T00:00:00Z') } });
    expect(html).toMatch(/<time datetime="2026-11-02"[^>]*>2 Nov 2026<\/time>/);
  });
});

describe('TagList', () => {
  it('links every tag to its tag page', async () => {
    const html = await container.renderToString(TagList, { props: { tags: ['kafka', 'capacity-planning'] } });
    expect(html).toContain('href="/tags/kafka/"');
    expect(html).toContain('href="/tags/capacity-planning/"');
    expect(html).toContain('#capacity-planning');
  });
  it('renders nothing for no tags', async () => {
    const html = await container.renderToString(TagList, { props: { tags: [] } });
    expect(html.trim()).toBe('');
  });
});

describe('Aside', () => {
  it('labels the aside by its type unless a title is given', async () => {
    const warning = await container.renderToString(Aside, { props: { type: 'warning' }, slots: { default: 'Mind the gap.' } });
    expect(warning).toContain('aria-label="Warning"');
    expect(warning).toContain('Mind the gap.');
    const titled = await container.renderToString(Aside, { props: { type: 'tip', title: 'Shortcut' }, slots: { default: 'x' } });
    expect(titled).toContain('aria-label="Shortcut"');
  });
});

describe('Figure', () => {
  it('puts the caption in a figcaption', async () => {
    const html = await container.renderToString(Figure, { props: { caption: 'Broker budgets' }, slots: { default: '<img alt="" src="/x.png">' } });
    expect(html).toMatch(/<figure[^>]*>[\s\S]*<img[\s\S]*<figcaption[^>]*>Broker budgets<\/figcaption>/);
  });
});

describe('TableOfContents', () => {
  it('nests subsections and links to heading anchors', async () => {
    const html = await container.renderToString(TableOfContents, {
      props: {
        toc: [
          { depth: 2, slug: 'method', text: 'Method', children: [{ depth: 3, slug: 'network', text: 'Network', children: [] }] },
        ],
      },
    });
    expect(html).toContain('aria-label="On this page"');
    expect(html).toMatch(/href="#method"[\s\S]*<ol[^>]*>[\s\S]*href="#network"/);
  });
  it('renders nothing without headings', async () => {
    expect((await container.renderToString(TableOfContents, { props: { toc: [] } })).includes('<nav')).toBe(false);
  });
});

describe('Pagination', () => {
  it('links newer and older pages with rel attributes', async () => {
    const html = await container.renderToString(Pagination, { props: { prev: '/posts/', next: '/posts/3/', current: 2, last: 3 } });
    expect(html).toContain('href="/posts/" rel="prev"');
    expect(html).toContain('href="/posts/3/" rel="next"');
    expect(html).toContain('Page 2 of 3');
  });
  it('is absent when everything fits on one page', async () => {
    expect((await container.renderToString(Pagination, { props: { current: 1, last: 1 } })).trim()).toBe('');
  });
});

describe('SampleBadge', () => {
  it('says the entry is a sample', async () => {
    expect(await container.renderToString(SampleBadge)).toMatch(/>Sample<\/span>/);
  });
});

describe('EditLink', () => {
  it('points into the configured repository', async () => {
    const html = await container.renderToString(EditLink, { props: { filePath: 'content/posts/x.mdx' } });
    expect(html).toContain(`href="${site.repository?.url}/edit/${site.repository?.branch}/content/posts/x.mdx"`);
  });
});
