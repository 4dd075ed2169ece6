/**
 * Prepares the page for paper: article links get `data-print-url` with their
 * absolute address (print.css shows it after the link; empty when the text
 * already is the address), and a dark-theme reader prints in the light theme,
 * so code blocks are not dark slabs on white paper.
 */
export function initPrintLinks(root: ParentNode = document): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('.prose a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) continue;
    const text = (link.textContent ?? '').trim();
    link.dataset.printUrl = text === href || text === link.href ? '' : link.href;
  }

  let wasDark = false;
  window.addEventListener('beforeprint', () => {
    wasDark = document.documentElement.classList.contains('dark');
    document.documentElement.classList.remove('dark');
  });
  window.addEventListener('afterprint', () => {
    if (wasDark) document.documentElement.classList.add('dark');
  });
}
