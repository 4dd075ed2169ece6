import type { CentsLedger } from '../centsLedger';
import type { LineRecipient } from '../allocatedLine';
import type { ResolvedUsage } from '../drivers';
import type { AttributionPolicies, LineItem, PoolResult } from '../model';
import type { PoolId } from '../pools';
import type { MatchSource, TeamMapper } from '../teamMapping';

/**
 * A topic or a policy object (idle, shared overhead, no usage data) that can hold cents. Every
 * field is always set, undefined where it does not apply, so all cost objects share one shape
 * and the per-line code stays monomorphic.
 */
export interface CostObject extends LineRecipient {
  readonly internal: boolean;
  readonly usage: ResolvedUsage | undefined;
  readonly owner: string | undefined;
  readonly match: MatchSource;
  readonly ruleLine: number | undefined;
  /** Consumer groups reading a topic, when known. */
  readonly consumers: readonly string[] | undefined;
  /** True for topics that no rule or owner mapped. */
  readonly unmapped: boolean;
  /** The object's row in the allocation's CentsLedger (columns in POOL_IDS order). */
  readonly row: number;
}

/** One pool of the bill after merging its rows. */
export interface BillEntry {
  amountCents: bigint;
  capacity?: bigint;
}

/**
 * Everything the steps of one allocation share. Steps read the inputs and the topic lists, and
 * write only by booking lines (lines, ledger, policy objects), warnings and pool results.
 */
export interface AllocationContext {
  readonly policies: AttributionPolicies;
  readonly bill: ReadonlyMap<PoolId, BillEntry>;
  readonly mapper: TeamMapper;
  readonly ledger: CentsLedger;
  /** Topics in input order, then policy objects as they are created. */
  readonly objects: CostObject[];
  /** Policy objects by id; topic names cannot contain "(" and policy object ids do. */
  readonly policyObjects: Map<string, CostObject>;
  /** Topics in input order. */
  readonly topics: readonly CostObject[];
  /** Topics in name order, the order of the tie-break, so splits need no string compares. */
  readonly byName: readonly CostObject[];
  /** Topics in name order, Kafka's internal topics left out. */
  readonly regular: readonly CostObject[];
  /** The topics usage pools are split over: internal ones too unless the policy spreads them. */
  readonly eligible: readonly CostObject[];
  readonly lines: LineItem[];
  readonly warnings: string[];
  readonly poolResults: PoolResult[];
}
