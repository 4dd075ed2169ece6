import { AllocatedLine, centsAsBigInt, POOL_INDEX, splitDetails, type LineRecipient, type SplitColumns, type SplitDetails } from './allocatedLine';
import { driverScale, driverValue, resolveUsage, type ResolvedUsage } from './drivers';
import { formatRatio } from './exactNumbers';
import { CentsLedger } from './centsLedger';
import { DEFAULT_INTERNAL_TOPIC_PATTERNS, InternalTopicMatcher } from './internalTopics';
import { splitCents, splitWeights, type WeightSplit } from './largestRemainder';
import {
  ADJUSTMENTS_OBJECT,
  AttributionInputError,
  IDLE_OBJECT,
  IDLE_TEAM,
  NO_USAGE_OBJECT,
  PLATFORM_TEAM,
  SHARED_OVERHEAD_OBJECT,
  UNALLOCATED_TEAM,
  consumerObject,
  teamShareObject,
  type AttributionInput,
  type AttributionResult,
  type FallbackTier,
  type LineItem,
  type PoolResult,
  type TeamKind,
  type TeamResult,
  type TopicResult,
} from './model';
import {
  DRIVER_LABELS,
  POOL_IDS,
  POOL_LABELS,
  SECONDARY_DRIVERS,
  USAGE_POOL_IDS,
  type PoolId,
  type SharedDriverId,
  type UsageDriverId,
  type UsagePoolId,
} from './pools';
import { TeamMapper, type MatchSource } from './teamMapping';
import { formatHundredths, WHOLE_SHARE } from './teamShares';

/**
 * A topic or a policy object (idle, shared overhead, no usage data) that can hold cents. Every
 * field is always set, undefined where it does not apply, so all cost objects share one shape
 * and the per-line code stays monomorphic.
 */
interface CostObject extends LineRecipient {
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

const MAX_CENTS = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Allocates a Kafka bill to topics and teams (docs/method/kafka-cost-attribution.md §4.1): every usage pool by its driver
 * (with idle capacity and fallbacks), internal topics by policy, then fixed costs and adjustments
 * by what each topic already carries. Money is integer cents throughout; each split uses the
 * largest-remainder method, so every pool's lines sum to the pool and all lines to the bill.
 */
export function allocateCosts(input: AttributionInput): AttributionResult {
  const { policies } = input;
  if (!Number.isInteger(policies.zones) || policies.zones < 1) {
    throw new AttributionInputError(`zones must be a whole number of at least 1, got ${policies.zones}`);
  }
  if (!Number.isInteger(policies.egressOwnerPercent) || policies.egressOwnerPercent < 0 || policies.egressOwnerPercent > 100) {
    throw new AttributionInputError(`the owner's share of egress must be a whole percentage from 0 to 100, got ${policies.egressOwnerPercent}`);
  }
  if (policies.assumedReplicationFactor < 1n) {
    throw new AttributionInputError('the assumed replication factor must be at least 1');
  }
  if (policies.teamQuotas.some((quota) => quota.weight <= 0n)) throw new AttributionInputError('reserved quotas must be positive');
  const sharesTotal = policies.teamShares.reduce((sum, share) => sum + share.weight, 0n);
  if (policies.teamShares.length > 0 && (sharesTotal !== WHOLE_SHARE || policies.teamShares.some((share) => share.weight <= 0n))) {
    throw new AttributionInputError(`team shares must be positive and add up to 100%, got ${formatHundredths(sharesTotal)}%`);
  }
  const warnings: string[] = [];
  const lines: LineItem[] = [];
  const bill = mergeBill(input, warnings);
  // One row per topic, plus room for the few policy objects (idle, shared overhead, ...).
  const ledger = new CentsLedger(POOL_IDS.length, input.topics.length + 4);
  const mapper = new TeamMapper(input.rules);
  const objects = buildTopicObjects(input, mapper, ledger, warnings);
  // Topic names cannot contain "(" and policy object ids do, so only policy objects are looked up by id.
  const policyObjects = new Map<string, CostObject>();
  const topics = [...objects];
  // Splits see topics in name order, the order of the tie-break, so ties need no string compares.
  const byName = [...topics].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Sorted, a repeated topic sits next to itself: no set of 10,000 names needed.
  for (let i = 1; i < byName.length; i++) {
    if (byName[i]!.id === byName[i - 1]!.id) throw new AttributionInputError(`topic ${byName[i]!.id} appears twice in the usage data`);
  }
  const regular = byName.filter((object) => !object.internal);

  const policyObject = (id: string, team: string): CostObject => {
    let object = policyObjects.get(id);
    if (!object) {
      object = {
        id,
        team,
        teamKind: teamKind(team),
        internal: false,
        usage: undefined,
        owner: undefined,
        match: 'unmapped',
        ruleLine: undefined,
        consumers: undefined,
        unmapped: false,
        row: ledger.addRow(),
      };
      policyObjects.set(id, object);
      objects.push(object);
    }
    return object;
  };

  /**
   * Books a split: a line for each recipient whose cents are not zero, except internal topics when
   * `holdInternal` (the proxy policy passes their cents on instead).
   */
  const addLines = (
    details: SplitDetails,
    recipients: readonly CostObject[],
    driverValues: readonly bigint[],
    weights: readonly bigint[],
    split: Pick<WeightSplit, 'cents' | 'roundingAdj'>,
    holdInternal = false,
  ): void => {
    const columns: SplitColumns = { ...details, recipients, driverValues, weights, cents: split.cents, roundingAdj: split.roundingAdj };
    for (let index = 0; index < recipients.length; index++) {
      const cents = split.cents[index]!;
      if (cents === 0 || (holdInternal && recipients[index]!.internal)) continue;
      ledger.add(recipients[index]!.row, details.poolIndex, cents);
      lines.push(new AllocatedLine(columns, index));
    }
  };

  /** Books a single line of `cents` (none when zero). */
  const addLine = (object: CostObject, details: SplitDetails, cents: number, driverValue: bigint, weight: bigint, roundingAdjCents: number): void => {
    addLines(details, [object], [driverValue], [weight], { cents: Float64Array.of(cents), roundingAdj: [roundingAdjCents] });
  };

  const poolResults: PoolResult[] = [];
  const eligible = policies.internal === 'spread' ? regular : byName;

  for (const pool of USAGE_POOL_IDS) {
    const entry = bill.get(pool);
    if (!entry) continue;
    const driver = policies.drivers[pool];
    let remaining = entry.amountCents;
    let idleCents = 0n;
    let utilisation: string | undefined;

    if (entry.capacity !== undefined && policies.idle !== 'share') {
      if (driver === 'even') {
        warnings.push(`${POOL_LABELS[pool]}: a capacity was given but the driver is "even", so idle capacity cannot be measured; no idle line`);
      } else if (entry.capacity <= 0n) {
        warnings.push(`${POOL_LABELS[pool]}: capacity must be positive, ignoring it`);
      } else {
        // Blended drivers measure use by their throughput part.
        const measuredDriver: UsageDriverId = driver === 'throughput-70-even-30' || driver === 'throughput-50-storage-50' || driver === 'reserved-quota' ? 'throughput' : driver;
        let used = 0n;
        const scale = driverScale(measuredDriver, policies);
        for (const object of topics) used += driverValue(measuredDriver, object.usage!, policies);
        const capacity = entry.capacity * scale;
        utilisation = formatRatio(used < capacity ? used : capacity, capacity, 6);
        if (used > capacity) {
          warnings.push(`${POOL_LABELS[pool]}: measured use (${formatRatio(used, scale, 0)}) exceeds the capacity (${entry.capacity}); no idle line`);
        } else if (used < capacity) {
          // Idle = C × (1 − U/Cap), rounded against the used part so the two add up to the pool.
          const split = splitCents(remaining, [
            { id: 'used', weight: used },
            { id: IDLE_OBJECT, weight: capacity - used },
          ]);
          idleCents = split.cents[1]!;
          remaining -= idleCents;
          const idleTeam = policies.idle === 'platform' ? PLATFORM_TEAM : IDLE_TEAM;
          const idleLine = splitDetails(pool, {
            driver: 'capacity − measured use',
            driverScale: scale,
            totalWeight: capacity,
            splitCents: entry.amountCents,
            method: 'idle-capacity',
            fallbackTier: 0,
            note: `${policies.idle === 'platform' ? 'Idle capacity charged to Platform' : 'Idle capacity kept as its own line'}: pool × (1 − use / capacity)`,
          });
          addLine(policyObject(IDLE_OBJECT, idleTeam), idleLine, Number(idleCents), capacity - used, capacity - used, split.roundingAdj[1]!);
        }
      }
    }

    let tier: FallbackTier = 0;
    if (remaining !== 0n) {
      tier = splitUsagePool(pool, driver, remaining);
    }
    poolResults.push({
      pool,
      amountCents: entry.amountCents,
      driver: DRIVER_LABELS[driver],
      fallbackTier: tier,
      idleCents,
      ...(utilisation !== undefined ? { utilisation } : {}),
    });
  }

  function splitUsagePool(pool: UsagePoolId, driver: UsageDriverId, amount: bigint): FallbackTier {
    if (eligible.length === 0) {
      addNoUsageLine(pool, amount, `${POOL_LABELS[pool]}: there are no topics to charge, so ${amount} cents go to Unallocated (no usage data)`);
      return 3;
    }
    if (driver === 'reserved-quota') {
      if (policies.teamQuotas.length > 0) return splitPerTeam(pool, amount, 'reserved-quota', eligible, 0);
      warnings.push(`${POOL_LABELS[pool]}: no team has a reserved quota, so the pool is split by ${DRIVER_LABELS.throughput} instead`);
    }
    const attempts: { driver: UsageDriverId; tier: FallbackTier }[] = [
      driver === 'reserved-quota' ? { driver: 'throughput', tier: 1 } : { driver, tier: 0 },
      { driver: SECONDARY_DRIVERS[pool], tier: 1 },
      { driver: 'even', tier: 2 },
    ];
    for (const attempt of attempts) {
      const values = eligible.map((object) => driverValue(attempt.driver, object.usage!, policies));
      const scale = driverScale(attempt.driver, policies);
      if (!values.some(isPositive)) continue;
      let weights = values;
      if (attempt.driver === 'throughput-70-even-30') {
        // 70% by throughput plus 30% evenly (Chitragupta's CKU split), as one integer weight each.
        const count = BigInt(values.length);
        const total = values.reduce((sum, value) => sum + value, 0n);
        weights = values.map((value) => 7n * count * value + 3n * total);
      } else if (attempt.driver === 'throughput-50-storage-50') {
        // Half by throughput share, half by replicated-storage share (docs/method/kafka-cost-attribution.md §4.2, the hybrid for
        // storage-bound brokers): tp/Σtp + s/Σs in one integer weight, tp·Σs + s·Σtp.
        const storage = eligible.map((object) => object.usage!.replicatedBytes);
        const throughputTotal = values.reduce((sum, value) => sum + value, 0n);
        const storageTotal = storage.reduce((sum, value) => sum + value, 0n);
        if (storageTotal === 0n) {
          warnings.push(`${POOL_LABELS[pool]}: no topic has any replicated bytes, so the storage half follows throughput too`);
        } else {
          weights = values.map((value, i) => value * storageTotal + storage[i]! * throughputTotal);
        }
      }
      if (attempt.tier > 0 && attempt !== attempts[0]) {
        warnings.push(
          attempt.tier === 1
            ? `${POOL_LABELS[pool]}: no topic has any ${DRIVER_LABELS[driver]}, so the pool falls back to its secondary driver ${DRIVER_LABELS[attempt.driver]}`
            : `${POOL_LABELS[pool]}: no topic has any ${DRIVER_LABELS[driver]} or ${DRIVER_LABELS[SECONDARY_DRIVERS[pool]]}, so the pool is split evenly`,
        );
      }
      const split = splitWeights(amount, eligible, weights, 'by-id');
      const details = splitDetails(pool, {
        driver: DRIVER_LABELS[attempt.driver],
        driverScale: scale,
        totalWeight: split.totalWeight,
        splitCents: amount,
        method: attempt.driver === 'even' ? 'even' : 'proportional',
        fallbackTier: attempt.tier,
        note: noteForTier(attempt.tier),
      });
      const proxy = policies.internal === 'proxy';
      addLines(details, eligible, values, weights, split, proxy);
      if (proxy) {
        eligible.forEach((object, index) => {
          const cents = split.cents[index]!;
          if (object.internal && cents !== 0) proxyInternal(pool, driver, object, BigInt(cents));
        });
      }
      return attempt.tier;
    }
    // Unreachable: the even driver always has a positive total when there are eligible topics.
    return 2;
  }

  /** Moves an internal topic's cents to the regular topics by a proxy driver (docs/method/kafka-cost-attribution.md §4.7). */
  function proxyInternal(pool: UsagePoolId, poolDriver: UsageDriverId, internal: CostObject, cents: bigint): void {
    const proxies: UsageDriverId[] =
      internal.id === '__consumer_offsets'
        ? ['consumer-groups', 'bytes-out']
        : internal.id === '__transaction_state'
          ? ['bytes-in']
          : ['throughput'];
    for (const proxy of [...proxies, poolDriver, 'even' as const]) {
      const values = regular.map((object) => driverValue(proxy, object.usage!, policies));
      const scale = driverScale(proxy, policies);
      if (!values.some(isPositive)) continue;
      const split = splitWeights(cents, regular, values, 'by-id');
      const details = splitDetails(pool, {
        driver: `${DRIVER_LABELS[proxy]} (proxy for ${internal.id})`,
        driverScale: scale,
        totalWeight: split.totalWeight,
        splitCents: cents,
        method: 'internal-proxy',
        fallbackTier: 0,
        note: `${internal.id}'s share of this pool, passed on to regular topics by ${DRIVER_LABELS[proxy]}`,
      });
      addLines(details, regular, values, values, split);
      return;
    }
    warnings.push(`${POOL_LABELS[pool]}: no regular topic to pass ${internal.id}'s cost to, so it stays on ${internal.id}`);
    const details = splitDetails(pool, {
      driver: DRIVER_LABELS[poolDriver],
      driverScale: 1n,
      totalWeight: 1n,
      splitCents: cents,
      method: 'proportional',
      fallbackTier: 0,
      note: 'Internal topic cost with no regular topic to pass it to',
    });
    addLine(internal, details, Number(cents), 0n, 1n, 0);
  }

  function addNoUsageLine(pool: PoolId, amount: bigint, warning: string): void {
    warnings.push(warning);
    const details = splitDetails(pool, {
      driver: 'none',
      driverScale: 1n,
      totalWeight: 1n,
      splitCents: amount,
      method: 'no-usage-data',
      fallbackTier: 3,
      note: 'No topic to charge: kept as Unallocated (no usage data)',
    });
    addLine(policyObject(NO_USAGE_OBJECT, UNALLOCATED_TEAM), details, Number(amount), 0n, 1n, 0);
  }

  for (const pool of ['fixed', 'adjustments'] as const) {
    const entry = bill.get(pool);
    if (!entry) continue;
    const driver = policies.drivers[pool];
    let tier: FallbackTier = 0;
    if (entry.capacity !== undefined) warnings.push(`${POOL_LABELS[pool]}: a capacity only applies to usage pools; ignoring it`);
    if (driver === 'platform') {
      const details = splitDetails(pool, {
        driver: DRIVER_LABELS.platform,
        driverScale: 1n,
        totalWeight: 1n,
        splitCents: entry.amountCents,
        method: 'platform',
        fallbackTier: 0,
        note: 'Kept whole on the Platform line by policy',
      });
      addLine(policyObject(pool === 'fixed' ? SHARED_OVERHEAD_OBJECT : ADJUSTMENTS_OBJECT, PLATFORM_TEAM), details, Number(entry.amountCents), 0n, 1n, 0);
    } else {
      tier = splitSharedPool(pool, driver, entry.amountCents);
    }
    poolResults.push({ pool, amountCents: entry.amountCents, driver: DRIVER_LABELS[driver], fallbackTier: tier, idleCents: 0n });
  }

  function splitSharedPool(pool: 'fixed' | 'adjustments', driver: Exclude<SharedDriverId, 'platform'>, amount: bigint): FallbackTier {
    const teamTargets = policies.internal === 'platform' ? byName : regular;
    if (driver === 'even-team') return splitPerTeam(pool, amount, 'even-team', teamTargets, 0);
    if (driver === 'team-percent') {
      if (policies.teamShares.length > 0) return splitPerTeam(pool, amount, 'team-percent', teamTargets, 0);
      warnings.push(`${POOL_LABELS[pool]}: no team has a fixed share, so the pool is split evenly per team instead`);
      return splitPerTeam(pool, amount, 'even-team', teamTargets, 1);
    }
    if (driver === 'allocated-cost') {
      const recipients = objects.filter((object) => ledger.carriesAny(object.row));
      const totals = recipients.map((object) => ledger.total(object.row));
      const negative = totals.filter((total) => total < 0).length;
      if (negative > 0) {
        warnings.push(`${POOL_LABELS[pool]}: ${negative} line(s) carry a negative total so far and take no share of this pool`);
      }
      const weights = totals.map((total) => (total > 0 ? BigInt(total) : 0n));
      if (weights.some(isPositive)) {
        const split = splitWeights(amount, recipients, weights);
        const details = splitDetails(pool, {
          driver: DRIVER_LABELS['allocated-cost'],
          driverScale: 100n,
          totalWeight: split.totalWeight,
          splitCents: amount,
          method: 'proportional',
          fallbackTier: 0,
          note: pool === 'fixed' ? 'Shared cost by each line’s already allocated cost (weighted)' : 'Credit or discount by each line’s pre-adjustment total',
        });
        addLines(details, recipients, weights, weights, split);
        return 0;
      }
      warnings.push(`${POOL_LABELS[pool]}: nothing has been allocated yet to weight this pool by, so it is split evenly`);
    }
    const evenTargets = policies.internal === 'platform' ? byName : regular;
    if (evenTargets.length === 0) {
      addNoUsageLine(pool, amount, `${POOL_LABELS[pool]}: there are no topics to charge, so the pool goes to Unallocated (no usage data)`);
      return 3;
    }
    const ones = evenTargets.map(() => 1n);
    const split = splitWeights(amount, evenTargets, ones, 'by-id');
    const tier: FallbackTier = driver === 'even' ? 0 : 2;
    const details = splitDetails(pool, {
      driver: DRIVER_LABELS.even,
      driverScale: 1n,
      totalWeight: BigInt(evenTargets.length),
      splitCents: amount,
      method: 'even',
      fallbackTier: tier,
      note: noteForTier(tier),
    });
    addLines(details, evenTargets, ones, ones, split);
    return tier;
  }

  /**
   * Team-level splits: every team gets its share of the pool (equal for even-team, its fixed
   * percentage for team-percent, its reserved quota over all quotas for reserved-quota), then each
   * team's cents go to its topics, by what they already carry for shared pools or by throughput for
   * compute (evenly when that is zero). A team with a share but no topic gets a line of its own.
   */
  function splitPerTeam(pool: PoolId, amount: bigint, method: 'even-team' | 'team-percent' | 'reserved-quota', targets: readonly CostObject[], tier: FallbackTier): FallbackTier {
    const given = method === 'team-percent' ? policies.teamShares : method === 'reserved-quota' ? policies.teamQuotas : undefined;
    if (!given && targets.length === 0) {
      addNoUsageLine(pool, amount, `${POOL_LABELS[pool]}: there are no topics to charge, so the pool goes to Unallocated (no usage data)`);
      return 3;
    }
    const members = new Map<string, CostObject[]>();
    for (const object of targets) {
      const list = members.get(object.team);
      if (list) list.push(object);
      else members.set(object.team, [object]);
    }
    const shares = given ? given.map(({ team, weight }) => ({ id: team, weight })) : [...members.keys()].sort().map((team) => ({ id: team, weight: 1n }));
    const quotaTotal = shares.reduce((sum, share) => sum + share.weight, 0n);
    if (method === 'reserved-quota') {
      const withoutQuota = [...members.keys()].filter((team) => !given!.some((quota) => quota.team === team));
      if (withoutQuota.length > 0) warnings.push(`${POOL_LABELS[pool]}: ${withoutQuota.length} team(s) with topics have no reserved quota and pay none of this pool (${withoutQuota.sort().join(', ')})`);
    }
    const perTeam = splitCents(amount, shares);
    const byThroughput = method === 'reserved-quota';
    shares.forEach(({ id: team, weight }, t) => {
      const teamCents = perTeam.cents[t]!;
      if (teamCents === 0n) return;
      const share =
        method === 'team-percent'
          ? `fixed ${formatHundredths(weight)}% of the pool`
          : method === 'reserved-quota'
            ? `reserved quota, ${formatHundredths(weight)} of ${formatHundredths(quotaTotal)}, of the pool`
            : `equal share of the pool (1 of ${shares.length} teams)`;
      const topics = members.get(team);
      if (!topics) {
        const details = splitDetails(pool, {
          driver: DRIVER_LABELS[method],
          driverScale: 1n,
          totalWeight: 1n,
          splitCents: teamCents,
          method,
          fallbackTier: tier,
          note: `${team}'s ${share}; ${team} has no topic, so it stays on one line`,
        });
        addLine(policyObject(teamShareObject(pool, team), team), details, Number(teamCents), 0n, 1n, 0);
        return;
      }
      const measured = byThroughput
        ? topics.map((object) => driverValue('throughput', object.usage!, policies))
        : topics.map((object) => ledger.total(object.row));
      const proportional = measured.every((value) => value >= 0) && measured.some((value) => value > 0);
      const weights = proportional ? measured.map((value) => BigInt(value)) : topics.map(() => 1n);
      const split = splitWeights(teamCents, topics, weights, 'by-id');
      const details = splitDetails(pool, {
        driver: DRIVER_LABELS[method],
        driverScale: proportional && !byThroughput ? 100n : 1n,
        totalWeight: split.totalWeight,
        splitCents: teamCents,
        method,
        fallbackTier: tier,
        note: `${team}'s ${share}, split over its topics ${proportional ? (byThroughput ? `by ${DRIVER_LABELS.throughput}` : 'by allocated cost') : 'evenly'}`,
      });
      addLines(details, topics, weights, weights, split);
    });
    return tier;
  }

  if (policies.egressPayer !== 'owner' && bill.has('egress')) chargeConsumers();

  /**
   * Consumer pays (docs/method/kafka-cost-attribution.md §4.9): a topic's egress cents are shared equally
   * by its consumer groups (no input gives bytes per group), after the owner's percentage in a
   * blend. The shares of groups that map to another team move to a line of their own for that
   * team; groups no rule maps, or that map to the owner's team, leave their share with the topic.
   */
  function chargeConsumers(): void {
    const egress = POOL_INDEX.get('egress')!;
    const ownerPercent = BigInt(policies.egressPayer === 'blend' ? policies.egressOwnerPercent : 0);
    const groupShare = 100n - ownerPercent;
    if (groupShare === 0n) return;
    let withoutGroups = 0;
    const unmappedGroups = new Set<string>();
    for (const topic of byName) {
      const cents = ledger.get(topic.row, egress);
      if (cents === 0) continue;
      const groups = topic.consumers ?? [];
      if (groups.length === 0) {
        withoutGroups++;
        continue;
      }
      const payers: CostObject[] = [];
      for (const group of groups) {
        const team = mapper.resolve(group).team;
        if (team === undefined) unmappedGroups.add(group);
        else if (team !== topic.team) payers.push(policyObject(consumerObject(topic.id, group), team));
      }
      if (payers.length === 0) continue;
      const totalWeight = 100n * BigInt(groups.length);
      const kept = totalWeight - groupShare * BigInt(payers.length);
      const weights = [kept, ...payers.map(() => groupShare)];
      const split = splitWeights(BigInt(cents), [topic, ...payers], weights);
      const owner = ownerPercent > 0n ? `the owner keeps ${ownerPercent}%, then ` : '';
      const details = (note: string) =>
        splitDetails('egress', { driver: 'consumer groups (equal shares)', driverScale: 1n, totalWeight, splitCents: BigInt(cents), method: 'consumer-pays', fallbackTier: 0, note });
      addLine(
        topic,
        details(`Consumer pays: ${owner}the ${groups.length} consumer group(s) of ${topic.id} share its egress equally; the shares of other teams' groups move to them`),
        split.cents[0]! - cents,
        totalWeight - kept,
        totalWeight - kept,
        0,
      );
      const perGroup = weights.slice(1);
      addLines(details(`Consumer pays: this group's share of the egress of ${topic.id} (${owner}1 of ${groups.length} groups)`), payers, perGroup, perGroup, {
        cents: split.cents.subarray(1),
        roundingAdj: split.roundingAdj.slice(1),
      });
    }
    if (withoutGroups > 0) {
      warnings.push(`Egress: ${withoutGroups} topic(s) with egress have no consumer group names (paste kafka-consumer-groups --describe output), so their owners keep it`);
    }
    if (unmappedGroups.size > 0) {
      const sample = [...unmappedGroups].sort().slice(0, 5).join(', ');
      warnings.push(`Egress: no rule maps ${unmappedGroups.size} consumer group(s) (${sample}${unmappedGroups.size > 5 ? ', …' : ''}) to a team, so the topics' owners keep their shares`);
    }
  }

  if (policies.unallocated === 'redistribute') redistributeUnallocated();

  /** Moves each unmapped topic's cents, pool by pool, to mapped topics in proportion to theirs. */
  function redistributeUnallocated(): void {
    const unmapped = byName.filter((object) => object.unmapped);
    const mapped = byName.filter((object) => !object.unmapped);
    if (unmapped.length === 0) return;
    for (const pool of POOL_IDS) {
      const index = POOL_INDEX.get(pool)!;
      const moved = BigInt(unmapped.reduce((sum, object) => sum + ledger.get(object.row, index), 0));
      if (moved === 0n) continue;
      const weights = mapped.map((object) => BigInt(Math.abs(ledger.get(object.row, index))));
      if (!weights.some(isPositive)) {
        warnings.push(`${POOL_LABELS[pool]}: no mapped topic has any of this pool, so the unmapped topics' ${moved} cents stay Unallocated`);
        continue;
      }
      for (const object of unmapped) {
        const cents = -ledger.get(object.row, index);
        const details = splitDetails(pool, {
          driver: 'moved to mapped teams',
          driverScale: 1n,
          totalWeight: 1n,
          splitCents: BigInt(cents),
          method: 'unallocated-redistributed',
          fallbackTier: 0,
          note: 'Unmapped topic: its cost is redistributed to the mapped topics',
        });
        addLine(object, details, cents, 0n, 1n, 0);
      }
      const split = splitWeights(moved, mapped, weights, 'by-id');
      const details = splitDetails(pool, {
        driver: 'this pool’s allocated cost',
        driverScale: 100n,
        totalWeight: split.totalWeight,
        splitCents: moved,
        method: 'unallocated-redistributed',
        fallbackTier: 0,
        note: 'Share of the unmapped topics’ cost, by this topic’s cost in the pool',
      });
      addLines(details, mapped, weights, weights, split);
    }
  }

  return summarise(objects, topics, ledger, poolResults, lines, warnings);
}

function isPositive(value: bigint): boolean {
  return value > 0n;
}

function noteForTier(tier: FallbackTier): string {
  switch (tier) {
    case 0:
      return 'Pool × driver / Σ driver';
    case 1:
      return 'Fallback: no topic had the pool’s driver, so its secondary driver was used';
    case 2:
      return 'Fallback: no usage data for this pool, so it was split evenly';
    case 3:
      return 'No topic to charge';
  }
}

export function teamKind(team: string): TeamKind {
  if (team === PLATFORM_TEAM) return 'platform';
  if (team === IDLE_TEAM) return 'idle';
  if (team === UNALLOCATED_TEAM) return 'unallocated';
  return 'team';
}

/** Sums bill rows per pool; several rows for one pool (two credits, say) become one pool. */
function mergeBill(input: AttributionInput, warnings: string[]): Map<PoolId, { amountCents: bigint; capacity?: bigint }> {
  const merged = new Map<PoolId, { amountCents: bigint; capacity?: bigint }>();
  for (const row of input.bill) {
    const existing = merged.get(row.pool);
    if (!existing) {
      merged.set(row.pool, { amountCents: row.amountCents, ...(row.capacity !== undefined ? { capacity: row.capacity } : {}) });
      continue;
    }
    existing.amountCents += row.amountCents;
    if (row.capacity !== undefined) {
      if (existing.capacity !== undefined && existing.capacity !== row.capacity) {
        warnings.push(`bill: pool ${row.pool} has two different capacities; adding them up`);
        existing.capacity += row.capacity;
      } else {
        existing.capacity = row.capacity;
      }
    }
  }
  let magnitude = 0n;
  for (const [pool, entry] of merged) {
    magnitude += entry.amountCents < 0n ? -entry.amountCents : entry.amountCents;
    // Cents leave the model as JSON numbers, exact only below 2^53 (about 90 trillion dollars).
    if (magnitude > MAX_CENTS) {
      throw new AttributionInputError(`bill: the ${pool} pool (${entry.amountCents} cents) takes the bill beyond what can be reported exactly`);
    }
    if (entry.amountCents === 0n) merged.delete(pool);
  }
  return merged;
}

function buildTopicObjects(input: AttributionInput, mapper: TeamMapper, ledger: CentsLedger, warnings: string[]): CostObject[] {
  const { policies } = input;
  const internalMatcher = new InternalTopicMatcher([...DEFAULT_INTERNAL_TOPIC_PATTERNS, ...policies.extraInternalPatterns]);
  const objects: CostObject[] = [];
  let assumedRf = 0;
  for (const usage of input.topics) {
    const topic = usage.topic;
    if (topic === '' || topic.includes('(')) {
      throw new AttributionInputError(`"${topic}" is not a valid topic name`);
    }
    const resolved = resolveUsage(usage, policies.assumedReplicationFactor);
    if (resolved.assumedRf) assumedRf++;
    const internal = internalMatcher.isInternal(topic);
    const match = mapper.resolve(topic, usage.owner);
    let team: string;
    let unmapped = false;
    if (internal) {
      // Only an exact rule overrides the Platform owner of Kafka's own topics.
      team = match.source === 'exact' ? match.team! : PLATFORM_TEAM;
    } else if (match.team !== undefined) {
      team = match.team;
    } else {
      unmapped = policies.unallocated !== 'platform';
      team = policies.unallocated === 'platform' ? PLATFORM_TEAM : UNALLOCATED_TEAM;
    }
    objects.push({
      id: topic,
      team,
      teamKind: teamKind(team),
      internal,
      usage: resolved,
      owner: usage.owner,
      match: match.source,
      ruleLine: match.rule?.line,
      consumers: usage.consumers,
      unmapped,
      row: ledger.addRow(),
    });
  }
  if (assumedRf > 0) {
    warnings.push(`${assumedRf} topic(s) have no replication factor; assuming RF ${policies.assumedReplicationFactor} for storage and cross-zone estimates`);
  }
  return objects;
}

function summarise(
  objects: readonly CostObject[],
  topicObjects: readonly CostObject[],
  ledger: CentsLedger,
  pools: PoolResult[],
  lines: LineItem[],
  warnings: string[],
): AttributionResult {
  const topics: TopicResult[] = topicObjects.map((object) => {
    const poolCells: Partial<Record<PoolId, bigint>> = {};
    for (let index = 0; index < POOL_IDS.length; index++) {
      const cell = ledger.get(object.row, index);
      if (cell !== 0) poolCells[POOL_IDS[index]!] = centsAsBigInt(cell);
    }
    return {
      topic: object.id,
      team: object.team,
      teamKind: object.teamKind,
      internal: object.internal,
      owner: object.owner,
      match: object.match,
      ruleLine: object.ruleLine,
      amountCents: centsAsBigInt(ledger.total(object.row)),
      pools: poolCells,
    };
  });
  // Team sums in doubles, exact below 2^53 like every sum of cells (see CentsLedger).
  const teams = new Map<string, { cents: number; members: string[] }>();
  let totalCents = 0;
  for (const object of objects) {
    const cents = ledger.total(object.row);
    totalCents += cents;
    const team = teams.get(object.team);
    if (team) {
      team.cents += cents;
      team.members.push(object.id);
    } else {
      teams.set(object.team, { cents, members: [object.id] });
    }
  }
  const teamResults: TeamResult[] = [...teams]
    .map(([team, value]) => ({ team, kind: teamKind(team), amountCents: centsAsBigInt(value.cents), members: value.members }))
    .sort((a, b) => (a.amountCents === b.amountCents ? (a.team < b.team ? -1 : 1) : a.amountCents > b.amountCents ? -1 : 1));
  return { totalCents: centsAsBigInt(totalCents), pools, topics, teams: teamResults, lines, warnings };
}
