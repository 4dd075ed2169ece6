import { describe, expect, it } from 'vitest';
import { formatMappingRule, parseMappingRules, precomputeRegexRules, TeamMapper, MAX_RULE_LINE_LENGTH } from './teamMapping';

const RULES = `# docs/method/kafka-cost-attribution.md §3.3 example
exact:shared.events => data-platform
regex:^payments[.-] => payments
prefix:search. => search
prefix:search.internal. => search-infra
regex:^([a-z]+)\\. => $1
`;

describe('parseMappingRules', () => {
  it('reads the four rule kinds with their line numbers, skipping comments', () => {
    const { rules, errors } = parseMappingRules(RULES);
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.kind, r.pattern, r.team, r.line])).toEqual([
      ['exact', 'shared.events', 'data-platform', 2],
      ['regex', '^payments[.-]', 'payments', 3],
      ['prefix', 'search.', 'search', 4],
      ['prefix', 'search.internal.', 'search-infra', 5],
      ['regex', '^([a-z]+)\\.', '$1', 6],
    ]);
    expect(formatMappingRule(rules[0]!)).toBe('exact:shared.events => data-platform');
  });

  it('names the line and the problem for broken rules', () => {
    const { rules, errors } = parseMappingRules('glob:x => a\nregex:([a- => b\nprefix:x =>\nexact: => c');
    expect(rules).toEqual([]);
    expect(errors[0]).toMatch(/^rules line 1: expected "exact:<topic> => <team>"/);
    expect(errors[1]).toMatch(/^rules line 2: invalid regular expression \/\(\[a-\//);
    expect(errors[2]).toBe('rules line 3: no team after "=>"');
    expect(errors[3]).toBe('rules line 4: the exact pattern is empty');
  });
});

describe('TeamMapper', () => {
  const mapper = new TeamMapper(parseMappingRules(RULES).rules);

  it('exact beats the owner column, which beats regex and prefix', () => {
    expect(mapper.resolve('shared.events', 'someone')).toMatchObject({ team: 'data-platform', source: 'exact' });
    expect(mapper.resolve('payments.orders', 'billing')).toMatchObject({ team: 'billing', source: 'owner' });
    expect(mapper.resolve('payments.orders')).toMatchObject({ team: 'payments', source: 'regex' });
  });

  it('regex rules apply in order and expand $1; the first match wins over prefixes', () => {
    expect(mapper.resolve('search.queries')).toMatchObject({ team: 'search', source: 'regex' });
    expect(mapper.resolve('fraud.scores')).toMatchObject({ team: 'fraud', source: 'regex' });
  });

  it('fills a template with text around several groups, in any order', () => {
    const templated = new TeamMapper(parseMappingRules('regex:^([a-z]+)-([a-z]+)\\. => team $2/$1 ($3)').rules);
    expect(templated.resolve('eu-fraud.scores')).toMatchObject({ team: 'team fraud/eu ()', source: 'regex' });
  });

  it('longest prefix wins when no regex matches', () => {
    const prefixes = new TeamMapper(parseMappingRules('prefix:search. => search\nprefix:search.internal. => infra').rules);
    expect(prefixes.resolve('search.internal.x')).toMatchObject({ team: 'infra', source: 'prefix' });
    expect(prefixes.resolve('search.q')).toMatchObject({ team: 'search', source: 'prefix' });
  });

  it('falls through a regex whose group did not take part, and reports unmapped topics', () => {
    const optional = new TeamMapper(parseMappingRules('regex:^x(-([a-z]+))? => $2\nprefix:x => xs').rules);
    expect(optional.resolve('x')).toMatchObject({ team: 'xs', source: 'prefix' });
    expect(mapper.resolve('ORDERS')).toEqual({ team: undefined, source: 'unmapped' });
  });
});

describe('rule lines are split by position, not by a backtracking pattern', () => {
  it('reads patterns with colons and spaces, ending at the first "=>"', () => {
    expect(parseMappingRules('regex : ^(a|b):x$  =>  team-$1\nprefix:  a b  => c => d').rules).toEqual([
      { kind: 'regex', pattern: '^(a|b):x$', team: 'team-$1', line: 1 },
      { kind: 'prefix', pattern: 'a b', team: 'c => d', line: 2 },
    ]);
  });

  it('refuses a long run of spaces with the line, as any other malformed rule', () => {
    const hostile = `exact:${' '.repeat(5000)}x`;
    expect(parseMappingRules(hostile).errors).toEqual([`rules line 1: ${hostile.length} characters, over the ${MAX_RULE_LINE_LENGTH} a rule may have`]);
    const spaced = `exact:a${' '.repeat(900)}`;
    expect(parseMappingRules(spaced).errors[0]).toMatch(/^rules line 1: expected "exact:<topic> => <team>"/);
  });

  it('names a line without a kind, a colon or an arrow', () => {
    expect(parseMappingRules('orders => payments\nexact orders => payments\nexact:orders payments').errors).toHaveLength(3);
  });
});

describe('precomputeRegexRules', () => {
  const rules = parseMappingRules(RULES).rules;
  const names = [{ name: 'shared.events' }, { name: 'payments.orders', owner: 'billing' }, { name: 'payments.orders' }, { name: 'search.queries' }, { name: 'fraud.scores' }, { name: 'ORDERS' }];

  it('runs the regex rules one at a time in order, naming each line first, and maps as the rules alone do', () => {
    const lines: number[] = [];
    const precomputed = precomputeRegexRules(rules, names, (line) => lines.push(line));
    expect(lines).toEqual([3, 6]);
    const plain = new TeamMapper(rules);
    const ahead = new TeamMapper(precomputed);
    const mapped = (mapper: TeamMapper, name: string, owner?: string) => {
      const { team, source, rule } = mapper.resolve(name, owner);
      return [team, source, rule?.line];
    };
    for (const { name, owner } of names) expect(mapped(ahead, name, owner)).toEqual(mapped(plain, name, owner));
  });

  it('tries a name only where resolve would: no exact or owner match, no team from an earlier regex rule', () => {
    const [first, second] = precomputeRegexRules(rules, names, () => undefined).filter((rule) => rule.kind === 'regex');
    // shared.events has an exact rule; payments.orders is tried once, for the group-style name without an owner.
    expect([...first!.precomputed!]).toEqual([
      ['payments.orders', 'payments'],
      ['search.queries', ''],
      ['fraud.scores', ''],
      ['ORDERS', ''],
    ]);
    expect([...second!.precomputed!.keys()]).toEqual(['search.queries', 'fraud.scores', 'ORDERS']);
  });

  it('lets the mapper take a precomputed team instead of running the regex', () => {
    const [rule] = parseMappingRules('regex:^(a+)+$ => a-team').rules;
    const mapper = new TeamMapper([{ ...rule!, precomputed: new Map([['aaaa-', ''], ['aaa', 'from the pass']]) }]);
    expect(mapper.resolve('aaa')).toMatchObject({ team: 'from the pass', source: 'regex' });
    expect(mapper.resolve('aaaa-')).toEqual({ team: undefined, source: 'unmapped' });
    // A name the pass did not see is matched when asked.
    expect(mapper.resolve('aa')).toMatchObject({ team: 'a-team', source: 'regex' });
  });
});
