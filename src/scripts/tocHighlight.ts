/**
 * Marks the table of contents entry of the section being read
 * (aria-current="location"): the last heading that has scrolled past the top
 * fifth of the window. Without JavaScript the contents are plain links.
 */
const CURRENT = 'aria-current';

function tocLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
}

function currentHeading(headings: HTMLElement[]): HTMLElement | undefined {
  const line = window.innerHeight / 5;
  return headings.filter((heading) => heading.getBoundingClientRect().top <= line).pop();
}

export function initTocHighlight(): void {
  const links = tocLinks();
  const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  if (headings.length === 0) return;
  let scheduled = false;
  const update = () => {
    scheduled = false;
    const id = currentHeading(headings)?.id;
    for (const link of links) {
      if (id !== undefined && link.hash === `#${encodeURIComponent(id)}`) link.setAttribute(CURRENT, 'location');
      else link.removeAttribute(CURRENT);
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  update();
}
