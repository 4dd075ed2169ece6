/** "12 Nov 2026": day-month-year reads the same everywhere; UTC so the build machine's zone never shifts a date. */
export function formatDate(date: Date, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** YYYY-MM-DD, for <time datetime> and sortable metadata. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
