/** The dismissable box listing the link parameters a calculator ignored (see useCalculatorInputs). */

const LOOKS = {
  /** A warning with a heading, for a page whose inputs fill the screen. */
  warning: { box: 'rounded border border-border bg-warn-soft p-3 text-warn', dismiss: 'mt-1 text-sm underline' },
  /** Small body text, for a calculator that may sit in a post's column. */
  compact: { box: 'rounded border border-border bg-warn-soft p-3 text-sm text-fg', dismiss: 'mt-2 underline' },
} as const;

export interface UrlNoticesProps {
  notices: readonly string[];
  onDismiss: () => void;
  /** Shown above the list when given. */
  heading?: string;
  look: keyof typeof LOOKS;
}

export function UrlNotices({ notices, onDismiss, heading, look }: UrlNoticesProps) {
  if (notices.length === 0) return null;
  const classes = LOOKS[look];
  return (
    <div class={classes.box} role="status">
      {heading !== undefined && <p class="font-semibold">{heading}</p>}
      <ul class="list-disc pl-5">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" class={classes.dismiss} onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
