import { describe, expect, it } from 'vitest';
import { RULE_BUDGET_MS, slowRuleMessage } from './ruleBudget';

describe('slowRuleMessage', () => {
  it('names the line and the budget in seconds, and says what to do', () => {
    expect(slowRuleMessage(4, 3000)).toBe(
      'rules line 4: its regex ran longer than 3 s over the topics and was stopped, so nothing is allocated until the rule is changed. Simplify the pattern: nested repeats such as (a+)+ can backtrack for minutes.',
    );
    expect(slowRuleMessage(12, 1500)).toMatch(/^rules line 12: its regex ran longer than 1\.5 s /);
  });

  it('uses the budget the client enforces by default', () => {
    expect(slowRuleMessage(1)).toContain(`longer than ${RULE_BUDGET_MS / 1000} s`);
  });
});
