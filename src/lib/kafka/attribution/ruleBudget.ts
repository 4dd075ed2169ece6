/**
 * How long one regex rule line may run over all the names an allocation maps before the page
 * stops it. A sound pattern runs over 50,000 topic names in under 10 ms (measured in Node 24 on
 * 2026-12-04: `^([a-z]+)\.` 7 ms, `events$` 9 ms); a catastrophically backtracking one (`^(a+)+$`
 * on 30 a's and a dash) ran 52 s. 3 s leaves a slow phone a hundredfold headroom
 * and keeps the reader's wait for the message short.
 */
export const RULE_BUDGET_MS = 3000;

/** The message for a rule line stopped after its budget: which line, what happened, what to do. */
export function slowRuleMessage(line: number, budgetMs: number = RULE_BUDGET_MS): string {
  return `rules line ${line}: its regex ran longer than ${budgetMs / 1000} s over the topics and was stopped, so nothing is allocated until the rule is changed. Simplify the pattern: nested repeats such as (a+)+ can backtrack for minutes.`;
}
