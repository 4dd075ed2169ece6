/**
 * llms.txt and llms-full.txt in the llmstxt.org format (https://llmstxt.org/,
 * read 2026-11-24): an H1 with the site's name, a blockquote summary, then
 * H2 sections of "- [name](url): notes" links. llms-full.txt adds each post's
 * Markdown source under its title and address.
 */

export interface LlmsSite {
  title: string;
  description: string;
  /** Free text under the summary: who writes the site. */
  about: string;
}

export interface LlmsLink {
  title: string;
  /** Absolute URL. */
  url: string;
  description: string;
}

export interface LlmsPost extends LlmsLink {
  pubDate: Date;
  tags: readonly string[];
  /** The post's Markdown/MDX source without frontmatter. */
  body: string;
}

export interface LlmsTool extends LlmsLink {
  /** The key posts embed it by: <CalculatorEmbed tool="slug" />. */
  slug: string;
}

export interface LlmsSections {
  posts: readonly LlmsPost[];
  tools: readonly LlmsTool[];
  /** Secondary links: feeds, the full-text file, about. */
  optional: readonly LlmsLink[];
}

/** Keeps a link list item on one line: line breaks become spaces and "]" cannot close the link text early. */
function linkLine({ title, url, description }: LlmsLink): string {
  const text = title.replace(/\s+/g, ' ').replace(/[[\]]/g, (c) => `\\${c}`);
  const notes = description.replace(/\s+/g, ' ').trim();
  return `- [${text}](${url})${notes ? `: ${notes}` : ''}`;
}

function header(site: LlmsSite): string[] {
  return [`# ${site.title}`, '', `> ${site.description.replace(/\s+/g, ' ').trim()}`, '', site.about.trim(), ''];
}

function section(name: string, links: readonly LlmsLink[]): string[] {
  return links.length === 0 ? [] : [`## ${name}`, '', ...links.map(linkLine), ''];
}

/** The index: every published post and tool as a link with its one-line description. */
export function buildLlmsTxt(site: LlmsSite, sections: LlmsSections): string {
  return [
    ...header(site),
    ...section('Posts', sections.posts),
    ...section('Tools', sections.tools),
    ...section('Optional', sections.optional),
  ].join('\n');
}

/**
 * MDX `import`/`export` lines only wire components into the page; an agent
 * reading the text needs the prose and code, so they are left out.
 */
export function stripMdxModuleLines(body: string): string {
  const lines = body.split('\n');
  let inFence = false;
  const kept = lines.filter((line) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    return inFence || !/^(import|export)\s/.test(line);
  });
  return kept.join('\n').trim();
}

/**
 * An embedded calculator is an interactive island on the page; in text it
 * becomes a link to the tool's page. `source` names the post in the error for
 * an unknown tool.
 */
export function replaceCalculatorEmbeds(body: string, tools: readonly LlmsTool[], source: string): string {
  return body.replace(/<CalculatorEmbed\s+tool=["']([^"']+)["']\s*\/>/g, (_, slug: string) => {
    const tool = tools.find((t) => t.slug === slug);
    if (!tool) throw new Error(`${source}: <CalculatorEmbed tool="${slug}" /> names no tool in the registry`);
    return `[Interactive calculator: ${tool.title}](${tool.url})`;
  });
}

/**
 * Moves every Markdown heading outside code fences one level down (## → ###,
 * capped at ######), so a post's own sections sit under its title in the
 * combined file instead of beside it.
 */
export function demoteHeadings(body: string): string {
  let inFence = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      if (inFence) return line;
      return line.replace(/^(#{1,5})(\s)/, '#$1$2');
    })
    .join('\n');
}

/** Everything: the index's header and tools, then each post's full source under its title, address and date. */
export function buildLlmsFullTxt(site: LlmsSite, sections: LlmsSections): string {
  const posts = sections.posts.flatMap((post) => [
    `## ${post.title}`,
    '',
    `URL: ${post.url}`,
    `Published: ${post.pubDate.toISOString().slice(0, 10)}`,
    ...(post.tags.length > 0 ? [`Tags: ${post.tags.join(', ')}`] : []),
    '',
    ...(post.description.trim() ? [`> ${post.description.replace(/\s+/g, ' ').trim()}`, ''] : []),
    demoteHeadings(replaceCalculatorEmbeds(stripMdxModuleLines(post.body), sections.tools, post.url)),
    '',
  ]);
  return [...header(site), ...section('Tools', sections.tools), ...posts].join('\n');
}
