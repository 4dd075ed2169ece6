const STORAGE_KEY = 'theme';

function isDark(): boolean {
  return document.documentElement.classList.contains('dark');
}

function store(theme: 'light' | 'dark'): void {
  try {
    localStorage.setItem(STORAGE_KEY, theme);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** Wires every [data-theme-toggle] button: it shows the current state and flips it. */
export function initThemeToggle(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  const sync = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(isDark())));
  buttons.forEach((button) =>
    button.addEventListener('click', () => {
      const dark = !isDark();
      document.documentElement.classList.toggle('dark', dark);
      store(dark ? 'dark' : 'light');
      sync();
    }),
  );
  sync();
}
