/**
 * The `check="…"` attribute of a code fence: which real tool the test suite
 * runs on the block (tests/unit/config-blocks.test.ts), and the label the code
 * frame shows so a reader knows whether the block was checked before pasting it.
 */

/** Every checker a fence can name, with the label its code frame shows. */
export const CODE_CHECKS = {
  tmux: 'Checked: loads in a real tmux server in this site’s tests',
  bash: 'Checked: bash -n and ShellCheck in this site’s tests',
  systemd: 'Checked: systemd-analyze verify in this site’s tests',
  ssh: 'Checked: ssh -G parses it in this site’s tests',
  json: 'Checked: parses as JSON in this site’s tests',
  yaml: 'Checked: parses as YAML in this site’s tests',
  toml: 'Checked: parses as TOML in this site’s tests',
  none: 'Not checked by any tool: read it before pasting',
} as const;

export type CodeCheck = keyof typeof CODE_CHECKS;

function isCodeCheck(value: string): value is CodeCheck {
  return Object.hasOwn(CODE_CHECKS, value);
}

/**
 * `check="tmux"` in a code fence's meta string. Undefined when the fence names
 * no checker; a name that is not a checker throws, naming the known ones, so a
 * typo cannot quietly turn a checked block into an unchecked one.
 */
export function checkFromMeta(meta: string | undefined): CodeCheck | undefined {
  const match = meta?.match(/(?:^|\s)check=(?:"([^"]*)"|'([^']*)')/);
  if (!match) return undefined;
  const value = (match[1] ?? match[2] ?? '').trim();
  if (isCodeCheck(value)) return value;
  throw new Error(
    `code fence: check="${value}" is not a checker; use one of ${Object.keys(CODE_CHECKS).join(', ')}`,
  );
}

/** The label a code frame shows for its checker. */
export function checkLabel(check: CodeCheck): string {
  return CODE_CHECKS[check];
}
