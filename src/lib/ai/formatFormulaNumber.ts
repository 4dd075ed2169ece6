/**
 * Number formatting for the AI rework calculator. The helpers live in the
 * shared calculator formatting module; this path stays for existing importers.
 */
export { formatDollars, formatDollarsShort, formatPercent, formatQuantity } from '../calculators/format';
