/** The built-in example: a self-managed three-zone cluster on AWS (loaded on demand, not in the main bundle). */
import bill from '../../lib/kafka/parsers/fixtures/bill.csv?raw';
import rules from '../../lib/kafka/parsers/fixtures/rules.txt?raw';
import usage from '../../lib/kafka/parsers/fixtures/usage.csv?raw';
import { DEFAULT_POLICY_STATE, type Scenario } from '../../lib/kafka/attribution/scenarioFile';

export const exampleScenario: Scenario = {
  bill,
  rules,
  sources: { usage, cluster: '', bytesIn: '', bytesOut: '', recordsIn: '', retained: '' },
  policies: DEFAULT_POLICY_STATE,
};
