import { parseScaledDecimal } from './exactNumbers';

/**
 * A team's fixed share of a shared pool (FinOps "fixed" split, reference §2.4), in basis points:
 * 40.25% is 4025, so shares stay integers and splits stay exact.
 */
export interface TeamShare {
  readonly team: string;
  readonly basisPoints: bigint;
  /** Line of the text it came from, for messages. */
  readonly line: number;
}

/** 100% in basis points. */
export const WHOLE_SHARE = 10_000n;

export interface TeamSharesParse {
  readonly shares: TeamShare[];
  /** One message per line that could not be read, naming the line; the whole list when it is not 100%. */
  readonly errors: string[];
}

const SHARE_LINE = /^(.+?)\s*[=:]\s*([0-9.]+)\s*%?$/;

/**
 * Reads `team = percent` lines (`payments = 40`, `search: 35.5%`); blank lines and `#` comments are
 * skipped. The shares must name each team once and add up to exactly 100%.
 */
export function parseTeamShares(text: string): TeamSharesParse {
  const shares: TeamShare[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const match = SHARE_LINE.exec(trimmed);
    const team = match?.[1]!.trim();
    const percent = match ? parseScaledDecimal(match[2]!, 2) : undefined;
    if (!match || !team || !percent) {
      errors.push(`line ${line}: expected "team = percent" such as "payments = 40", got "${trimmed}"`);
      return;
    }
    if (percent.rounded) {
      errors.push(`line ${line}: ${match[2]}% has more than two decimals`);
      return;
    }
    if (percent.value <= 0n || percent.value > WHOLE_SHARE) {
      errors.push(`line ${line}: a share must be more than 0% and at most 100%, got ${match[2]}%`);
      return;
    }
    const earlier = seen.get(team);
    if (earlier !== undefined) {
      errors.push(`line ${line}: ${team} already has a share on line ${earlier}`);
      return;
    }
    seen.set(team, line);
    shares.push({ team, basisPoints: percent.value, line });
  });
  if (errors.length === 0 && shares.length > 0) {
    const total = shares.reduce((sum, share) => sum + share.basisPoints, 0n);
    if (total !== WHOLE_SHARE) errors.push(`the team shares add up to ${formatBasisPoints(total)}%, not 100%`);
  }
  return { shares, errors };
}

export function formatBasisPoints(basisPoints: bigint): string {
  const whole = basisPoints / 100n;
  const fraction = basisPoints % 100n;
  return fraction === 0n ? `${whole}` : `${whole}.${fraction.toString().padStart(2, '0').replace(/0$/, '')}`;
}
