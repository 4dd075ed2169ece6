/**
 * Topic-to-team mapping: exact rules, then the topic's owner column, then ordered regex rules
 * (team may use $1..$9 from the match), then the longest matching prefix, else unmapped.
 * Order: docs/method/kafka-cost-attribution.md §3.2 (after Strimzi/Conduktor labels and SPOUD regex context rules).
 */

export type MappingRuleKind = 'exact' | 'regex' | 'prefix';

export interface MappingRule {
  readonly kind: MappingRuleKind;
  readonly pattern: string;
  /** Team name, or for regex rules a template with $1..$9. */
  readonly team: string;
  /** 1-based line in the rules text, to show which rule matched. */
  readonly line: number;
  /**
   * For a regex rule, the team it gives each name it was tried on beforehand ('' for none),
   * from precomputeRegexRules; names not in it are matched when asked.
   */
  readonly precomputed?: ReadonlyMap<string, string>;
}

export interface ParsedRules {
  readonly rules: MappingRule[];
  readonly errors: string[];
}

export type MatchSource = 'exact' | 'owner' | 'regex' | 'prefix' | 'unmapped';

export interface TeamMatch {
  /** Undefined when nothing matched. */
  readonly team: string | undefined;
  readonly source: MatchSource;
  /** The rule that matched, when one did. */
  readonly rule?: MappingRule;
}

const RULE_KINDS: readonly MappingRuleKind[] = ['exact', 'regex', 'prefix'];

/** Longer than any Kafka topic name (249) or sensible pattern; a longer line is a paste gone wrong. */
export const MAX_RULE_LINE_LENGTH = 1000;

interface RuleParts {
  kind: MappingRuleKind;
  pattern: string;
  team: string;
}

/**
 * Splits `kind:pattern => team` by position, with no regular expression: the
 * rules are saved and re-read on every load, so reading one must take time
 * linear in its length whatever it holds (a backtracking pattern took seconds
 * on long runs of spaces). The pattern ends at the first "=>".
 */
function splitRuleLine(trimmed: string): RuleParts | undefined {
  const colon = trimmed.indexOf(':');
  const kind = RULE_KINDS.find((candidate) => candidate === trimmed.slice(0, Math.max(colon, 0)).trimEnd());
  const arrow = trimmed.indexOf('=>', colon + 1);
  if (colon < 0 || kind === undefined || arrow < 0) return undefined;
  return { kind, pattern: trimmed.slice(colon + 1, arrow).trim(), team: trimmed.slice(arrow + 2).trim() };
}

/** The problem with one rule line, or the rule it states. */
function readRuleLine(trimmed: string, line: number): MappingRule | string {
  if (trimmed.length > MAX_RULE_LINE_LENGTH) {
    return `rules line ${line}: ${trimmed.length} characters, over the ${MAX_RULE_LINE_LENGTH} a rule may have`;
  }
  const parts = splitRuleLine(trimmed);
  if (!parts) {
    return `rules line ${line}: expected "exact:<topic> => <team>", "regex:<pattern> => <team>" or "prefix:<prefix> => <team>", got "${trimmed}"`;
  }
  const { kind, pattern, team } = parts;
  if (pattern === '') return `rules line ${line}: the ${kind} pattern is empty`;
  if (team === '') return `rules line ${line}: no team after "=>"`;
  if (kind === 'regex') {
    try {
      new RegExp(pattern);
    } catch (error) {
      return `rules line ${line}: invalid regular expression /${pattern}/ (${(error as Error).message})`;
    }
  }
  return { kind, pattern, team, line };
}

/**
 * Parses rules written one per line as `exact:orders => payments`, `regex:^([a-z]+)\. => $1`
 * or `prefix:search. => search`. Blank lines and lines starting with # are ignored.
 */
export function parseMappingRules(text: string): ParsedRules {
  const rules: MappingRule[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const read = readRuleLine(trimmed, index + 1);
    if (typeof read === 'string') errors.push(read);
    else rules.push(read);
  });
  return { rules, errors };
}

/** A regex rule ready to run: its pattern compiled, its team template split. */
interface CompiledRegexRule {
  readonly rule: MappingRule;
  readonly regex: RegExp;
  readonly template: string[];
}

function compileRegexRule(rule: MappingRule): CompiledRegexRule {
  return { rule, regex: new RegExp(rule.pattern), template: rule.team.split(TEMPLATE_GROUP) };
}

/** The team a regex rule gives a name, '' when it does not match or its groups give no text. */
function regexTeam({ regex, template }: CompiledRegexRule, name: string): string {
  const match = regex.exec(name);
  return match ? expandTemplate(template, match).trim() : '';
}

function hasOwner(owner: string | undefined): owner is string {
  return owner !== undefined && owner.trim() !== '';
}

/** Rules compiled once, so mapping 50,000 topics does not rebuild regexes per topic. */
export class TeamMapper {
  private readonly exact = new Map<string, MappingRule>();
  private readonly regexes: CompiledRegexRule[] = [];
  private readonly prefixes: MappingRule[];

  constructor(rules: readonly MappingRule[]) {
    for (const rule of rules) {
      if (rule.kind === 'exact' && !this.exact.has(rule.pattern)) this.exact.set(rule.pattern, rule);
      if (rule.kind === 'regex') this.regexes.push(compileRegexRule(rule));
    }
    // Longest prefix first; equal lengths keep rule order, since sort is stable.
    this.prefixes = rules
      .filter((rule) => rule.kind === 'prefix')
      .sort((a, b) => b.pattern.length - a.pattern.length);
  }

  resolve(topic: string, owner?: string): TeamMatch {
    const exact = this.exact.get(topic);
    if (exact) return { team: exact.team, source: 'exact', rule: exact };
    if (hasOwner(owner)) return { team: owner.trim(), source: 'owner' };
    for (let i = 0; i < this.regexes.length; i++) {
      const compiled = this.regexes[i]!;
      const team = compiled.rule.precomputed?.get(topic) ?? regexTeam(compiled, topic);
      // A template whose group did not take part in the match gives no team: try the next rule.
      if (team !== '') return { team, source: 'regex', rule: compiled.rule };
    }
    for (let i = 0; i < this.prefixes.length; i++) {
      const rule = this.prefixes[i]!;
      if (topic.startsWith(rule.pattern)) return { team: rule.team, source: 'prefix', rule };
    }
    return { team: undefined, source: 'unmapped' };
  }
}

/** A name a mapping will be asked about: a topic with its owner column, or a consumer group. */
export interface NameToMap {
  readonly name: string;
  readonly owner?: string | undefined;
}

/**
 * Runs the regex rules over the names ahead of a mapping, one rule at a time in rule order, and
 * calls beforeRule with each rule's line first: whoever watches the clock then knows which rule a
 * runaway pattern is. Returns the rules with each regex rule's teams precomputed, so TeamMapper
 * runs no regex for these names again. A name is tried only where TeamMapper.resolve would try
 * it: not when an exact rule or an owner maps it, nor after an earlier regex rule gave it a team.
 */
export function precomputeRegexRules(rules: readonly MappingRule[], names: readonly NameToMap[], beforeRule: (line: number) => void): MappingRule[] {
  const exact = new Set(rules.filter((rule) => rule.kind === 'exact').map((rule) => rule.pattern));
  let untried = [...new Set(names.filter(({ name, owner }) => !exact.has(name) && !hasOwner(owner)).map(({ name }) => name))];
  return rules.map((rule) => {
    if (rule.kind !== 'regex') return rule;
    beforeRule(rule.line);
    const compiled = compileRegexRule(rule);
    const teams = new Map<string, string>();
    for (const name of untried) teams.set(name, regexTeam(compiled, name));
    untried = untried.filter((name) => teams.get(name) === '');
    return { ...rule, precomputed: teams };
  });
}

const TEMPLATE_GROUP = /\$(\d)/;

/**
 * Fills in a team template split once by TEMPLATE_GROUP: literal text at even places, group
 * numbers at odd ones (a group that did not take part gives ''). Splitting per rule, not per
 * topic, keeps 50,000 topics from re-scanning the template.
 */
function expandTemplate(template: readonly string[], match: RegExpExecArray): string {
  let team = template[0]!;
  for (let i = 1; i < template.length; i += 2) team += (match[Number(template[i])] ?? '') + template[i + 1]!;
  return team;
}

/** Renders rules back to the text format, for saving and for the editor. */
export function formatMappingRule(rule: Pick<MappingRule, 'kind' | 'pattern' | 'team'>): string {
  return `${rule.kind}:${rule.pattern} => ${rule.team}`;
}
