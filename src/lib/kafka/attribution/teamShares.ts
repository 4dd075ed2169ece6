import { parseScaledDecimal } from './exactNumbers';

/**
 * A team's weight in a team-level split, in hundredths so it stays an integer and splits stay
 * exact: a fixed share of a shared pool (FinOps "fixed" split, docs/method/kafka-cost-attribution.md §3.4) in basis points,
 * 40.25% being 4025, or a reserved quota (Lenses' cost-center charging, same §3.4) in
 * hundredths of the reader's unit, 10.5 MB/s being 1050.
 */
export interface TeamWeight {
  readonly team: string;
  readonly weight: bigint;
  /** Line of the text it came from, for messages. */
  readonly line: number;
}

/** 100% in basis points. */
export const WHOLE_SHARE = 10_000n;

export interface TeamWeightsParse {
  readonly weights: TeamWeight[];
  /** One message per line that could not be read, naming the line; for shares, also a total that is not 100%. */
  readonly errors: string[];
}

const WEIGHT_LINE = /^(.+?)\s*[=:]\s*([0-9.]+)\s*(%|[A-Za-z/]+)?$/;

/**
 * Reads `team = percent` lines (`payments = 40`, `search: 35.5%`); blank lines and `#` comments are
 * skipped. The shares must name each team once and add up to exactly 100%.
 */
export function parseTeamShares(text: string): TeamWeightsParse {
  const parsed = readTeamWeights(text, { kind: 'percent', example: 'payments = 40', what: 'a share', max: WHOLE_SHARE, unit: '%', unitAllowed: (unit) => unit === undefined || unit === '%' });
  if (parsed.errors.length === 0 && parsed.weights.length > 0) {
    const total = parsed.weights.reduce((sum, share) => sum + share.weight, 0n);
    if (total !== WHOLE_SHARE) parsed.errors.push(`the team shares add up to ${formatHundredths(total)}%, not 100%`);
  }
  return parsed;
}

/**
 * Reads `team = quota` lines (`payments = 10`, `search: 6 MB/s`): each team's reserved throughput,
 * in any one unit, since only the ratios count.
 */
export function parseTeamQuotas(text: string): TeamWeightsParse {
  return readTeamWeights(text, { kind: 'quota', example: 'payments = 10 MB/s', what: 'a quota', unit: '', unitAllowed: (unit) => unit !== '%' });
}

interface WeightRules {
  readonly kind: string;
  readonly example: string;
  readonly what: string;
  readonly max?: bigint;
  /** Written after a value in messages. */
  readonly unit: string;
  readonly unitAllowed: (unit: string | undefined) => boolean;
}

function readTeamWeights(text: string, rules: WeightRules): { weights: TeamWeight[]; errors: string[] } {
  const weights: TeamWeight[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = WEIGHT_LINE.exec(trimmed);
    const team = match?.[1]!.trim();
    const value = match ? parseScaledDecimal(match[2]!, 2) : undefined;
    if (!match || !team || !value || !rules.unitAllowed(match[3])) {
      errors.push(`line ${line}: expected "team = ${rules.kind}" such as "${rules.example}", got "${trimmed}"`);
      return;
    }
    const unit = rules.unit;
    const shown = `${match[2]}${unit}`;
    if (value.rounded) {
      errors.push(`line ${line}: ${shown} has more than two decimals`);
      return;
    }
    if (value.value <= 0n || (rules.max !== undefined && value.value > rules.max)) {
      const range = rules.max !== undefined ? `more than 0${unit} and at most ${formatHundredths(rules.max)}${unit}` : 'more than 0';
      errors.push(`line ${line}: ${rules.what} must be ${range}, got ${shown}`);
      return;
    }
    const earlier = seen.get(team);
    if (earlier !== undefined) {
      errors.push(`line ${line}: ${team} already has ${rules.what} on line ${earlier}`);
      return;
    }
    seen.set(team, line);
    weights.push({ team, weight: value.value, line });
  });
  return { weights, errors };
}

/** A weight in hundredths as a decimal without trailing zeros: 4050 is "40.5". */
export function formatHundredths(hundredths: bigint): string {
  const whole = hundredths / 100n;
  const fraction = hundredths % 100n;
  return fraction === 0n ? `${whole}` : `${whole}.${fraction.toString().padStart(2, '0').replace(/0$/, '')}`;
}
