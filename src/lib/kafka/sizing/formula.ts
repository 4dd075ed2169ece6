/**
 * The Kafka sizing calculator's formula builder and number formatting. Both
 * now live in src/lib/calculators, shared with the AI rework calculator; this
 * module re-exports them so the sizing code and its importers keep one path.
 */
export {
  formula,
  numericOnly,
  numericText,
  statement,
  term,
  type Formula,
  type FormulaPart,
  type FormulaSection,
  type FormulaTerm,
} from '../../calculators/formula';
export { formatMoney, formatNumber, formatNumberOrDash, formatWhole } from '../../calculators/format';
