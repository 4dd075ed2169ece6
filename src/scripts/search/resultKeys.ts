/**
 * Arrow keys between the search input and the result links: Down from the
 * input enters the list, Up/Down move link by link, Up from the first link
 * returns to the input, Home/End jump; Enter follows the focused link as any
 * link does. Typing a character while on a link goes back to the input.
 */
import { resultLinkAttribute } from './resultsView';

export function enableResultKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => Array.from(list.querySelectorAll<HTMLAnchorElement>(`[${resultLinkAttribute}]`));

  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || event.altKey || event.ctrlKey || event.metaKey) return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });

  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (at === -1 || event.altKey || event.ctrlKey || event.metaKey) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = all[Math.min(at + 1, all.length - 1)];
    else if (event.key === 'ArrowUp') next = at === 0 ? input : all[at - 1];
    else if (event.key === 'Home') next = all[0];
    else if (event.key === 'End') next = all.at(-1);
    else if (event.key.length === 1 && event.key !== ' ') {
      // Let the character land in the input the reader meant to type in.
      input.focus();
      return;
    }
    if (!next) return;
    event.preventDefault();
    next.focus();
  });
}
