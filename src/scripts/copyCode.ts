/** Adds a "Copy" button to every code frame; the button is a real <button>, so it works by keyboard. */
export function initCopyButtons(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('[data-code-frame]')) {
    const code = frame.querySelector('pre code');
    if (!code || frame.querySelector('.copy-code')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', 'Copy code to clipboard');
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Press Ctrl+C';
        const range = document.createRange();
        range.selectNodeContents(code);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
      window.setTimeout(() => (button.textContent = 'Copy'), 2000);
    });
    frame.append(button);
  }
}
