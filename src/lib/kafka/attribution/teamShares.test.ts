import { describe, expect, it } from 'vitest';
import { formatHundredths, parseTeamQuotas, parseTeamShares } from './teamShares';

describe('parseTeamShares', () => {
  it('reads team = percent lines in basis points, with comments, blank lines, colons and % signs', () => {
    const parsed = parseTeamShares('# finance agreed these for 2026\npayments = 40\n\nsearch: 35.5%\ndata platform = 24.5 %\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.weights).toEqual([
      { team: 'payments', weight: 4000n, line: 2 },
      { team: 'search', weight: 3550n, line: 4 },
      { team: 'data platform', weight: 2450n, line: 5 },
    ]);
  });

  it('names the line and the problem for every bad line', () => {
    const parsed = parseTeamShares('payments = forty\nsearch = 0\nads = 120\nweb = 10.125\npayments = 40\n= 5');
    expect(parsed.errors).toEqual([
      'line 1: expected "team = percent" such as "payments = 40", got "payments = forty"',
      'line 2: a share must be more than 0% and at most 100%, got 0%',
      'line 3: a share must be more than 0% and at most 100%, got 120%',
      'line 4: 10.125% has more than two decimals',
      'line 6: expected "team = percent" such as "payments = 40", got "= 5"',
    ]);
  });

  it('refuses a team named twice and shares that do not add up to 100%', () => {
    expect(parseTeamShares('a = 50\na = 50').errors).toEqual(['line 2: a already has a share on line 1']);
    expect(parseTeamShares('a = 50\nb = 40.5').errors).toEqual(['the team shares add up to 90.5%, not 100%']);
    expect(parseTeamShares('  \n# none yet').errors).toEqual([]);
  });

  it('formats basis points as a percentage without trailing zeros', () => {
    expect([10000n, 4050n, 3333n, 5n].map(formatHundredths)).toEqual(['100', '40.5', '33.33', '0.05']);
  });
});

describe('parseTeamQuotas', () => {
  it('reads reserved quotas in any one unit, in hundredths, with no total to reach', () => {
    const parsed = parseTeamQuotas('payments = 10 MB/s\nsearch: 6.5\nads = 0.25 MB/s');
    expect(parsed.errors).toEqual([]);
    expect(parsed.weights.map((w) => [w.team, w.weight])).toEqual([
      ['payments', 1000n],
      ['search', 650n],
      ['ads', 25n],
    ]);
  });

  it('names the line of a quota it cannot use', () => {
    expect(parseTeamQuotas('payments = 10%\nsearch = 0\nads = lots').errors).toEqual([
      'line 1: expected "team = quota" such as "payments = 10 MB/s", got "payments = 10%"',
      'line 2: a quota must be more than 0, got 0',
      'line 3: expected "team = quota" such as "payments = 10 MB/s", got "ads = lots"',
    ]);
  });
});
