import { describe, expect, it } from 'vitest';
import { buildLlmsFullTxt, buildLlmsTxt, demoteHeadings, replaceCalculatorEmbeds, stripMdxModuleLines, type LlmsSections, type LlmsSite } from './llmsTxt';

const site: LlmsSite = { title: 'Streaming Notes', description: 'Kafka sizing\nand costs.', about: 'Written by one engineer.' };
const sections: LlmsSections = {
  posts: [
    {
      title: 'Which topic is costing us?',
      url: 'https://example.com/posts/which-topic/',
      description: 'Split a bill.',
      pubDate: new Date('2026-09-29T00:00:00Z'),
      tags: ['kafka', 'cost'],
      body: "import Aside from '../aside';\n\nIntro text.\n\n```js\nimport x from 'y';\n```\n\n## Section\n\nMore.",
    },
    {
      title: 'A [bracketed] title',
      url: 'https://example.com/posts/b/',
      description: '',
      pubDate: new Date('2026-10-01T00:00:00Z'),
      tags: [],
      body: 'Body B.\n\n<CalculatorEmbed tool="kafka-sizing" />',
    },
  ],
  tools: [{ slug: 'kafka-sizing', title: 'Kafka sizing calculator', url: 'https://example.com/tools/kafka-sizing/', description: 'Broker count.' }],
  optional: [{ title: 'Full text', url: 'https://example.com/llms-full.txt', description: 'Every post.' }],
};

describe('buildLlmsTxt', () => {
  it('writes the H1, the summary blockquote and one link per post, tool and extra', () => {
    expect(buildLlmsTxt(site, sections)).toBe(
      [
        '# Streaming Notes',
        '',
        '> Kafka sizing and costs.',
        '',
        'Written by one engineer.',
        '',
        '## Posts',
        '',
        '- [Which topic is costing us?](https://example.com/posts/which-topic/): Split a bill.',
        '- [A \\[bracketed\\] title](https://example.com/posts/b/)',
        '',
        '## Tools',
        '',
        '- [Kafka sizing calculator](https://example.com/tools/kafka-sizing/): Broker count.',
        '',
        '## Optional',
        '',
        '- [Full text](https://example.com/llms-full.txt): Every post.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty sections', () => {
    const text = buildLlmsTxt(site, { posts: [], tools: [], optional: [] });
    expect(text).not.toContain('##');
  });
});

describe('stripMdxModuleLines', () => {
  it('drops import and export lines outside code fences and keeps those inside', () => {
    expect(stripMdxModuleLines("import A from 'a';\nexport const x = 1;\n\nText\n```ts\nimport b from 'b';\n```")).toBe(
      "Text\n```ts\nimport b from 'b';\n```",
    );
  });
  it('keeps prose that merely starts with the word', () => {
    expect(stripMdxModuleLines('Important: imports matter.\nexporting is fine')).toBe('Important: imports matter.\nexporting is fine');
  });
});

describe('replaceCalculatorEmbeds', () => {
  it('turns each embed into a link to its tool, in either quote style', () => {
    expect(replaceCalculatorEmbeds("A\n<CalculatorEmbed tool='kafka-sizing'/>\nB", sections.tools, 'post.mdx')).toBe(
      'A\n[Interactive calculator: Kafka sizing calculator](https://example.com/tools/kafka-sizing/)\nB',
    );
  });
  it('names the post and the unknown tool', () => {
    expect(() => replaceCalculatorEmbeds('<CalculatorEmbed tool="nope" />', sections.tools, 'https://example.com/posts/b/')).toThrow(
      'https://example.com/posts/b/: <CalculatorEmbed tool="nope" /> names no tool in the registry',
    );
  });
});

describe('demoteHeadings', () => {
  it('moves headings one level down outside code fences and stops at level six', () => {
    expect(demoteHeadings('# A\n## B\n###### F\n#hashtag\n```sh\n# comment\n```')).toBe(
      '## A\n### B\n###### F\n#hashtag\n```sh\n# comment\n```',
    );
  });
});

describe('buildLlmsFullTxt', () => {
  const text = buildLlmsFullTxt(site, sections);

  it('has each post under its title with URL, date, tags and its source', () => {
    expect(text).toContain(
      [
        '## Which topic is costing us?',
        '',
        'URL: https://example.com/posts/which-topic/',
        'Published: 2026-09-29',
        'Tags: kafka, cost',
        '',
        '> Split a bill.',
        '',
        "Intro text.\n\n```js\nimport x from 'y';\n```\n\n### Section\n\nMore.",
      ].join('\n'),
    );
    expect(text).toContain(
      '## A [bracketed] title\n\nURL: https://example.com/posts/b/\nPublished: 2026-10-01\n\nBody B.\n\n[Interactive calculator: Kafka sizing calculator](https://example.com/tools/kafka-sizing/)',
    );
    expect(text).not.toContain("import Aside from '../aside';");
  });

  it('keeps the posts in the order given, after the header and tools', () => {
    expect(text.startsWith('# Streaming Notes\n\n> Kafka sizing and costs.')).toBe(true);
    expect(text.indexOf('## Tools')).toBeLessThan(text.indexOf('## Which topic'));
    expect(text.indexOf('## Which topic')).toBeLessThan(text.indexOf('## A [bracketed] title'));
  });
});
