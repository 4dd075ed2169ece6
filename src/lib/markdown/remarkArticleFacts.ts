import type { Root } from 'mdast';
import type {} from 'mdast-util-math';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { readingMinutes } from '../content/readingTime';

interface AstroVFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Adds facts about a post's body to its frontmatter, read back through
 * `render(entry).remarkPluginFrontmatter`: reading time in minutes, and whether
 * it uses math (pages without math do not load the KaTeX stylesheet).
 */
export function remarkArticleFacts() {
  return (tree: Root, file: { data: AstroVFileData }) => {
    let hasMath = false;
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
    });
    const codeless = { ...tree, children: tree.children.filter((n) => n.type !== 'code') };
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.readingMinutes = readingMinutes(toString(codeless));
    file.data.astro.frontmatter.hasMath = hasMath;
  };
}
