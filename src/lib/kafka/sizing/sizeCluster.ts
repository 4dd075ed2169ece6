/**
 * The Kafka cluster sizing model: workload → brokers needed per constraint,
 * the recommendation and the constraint that sets it; and for a given broker
 * count, per-broker load, utilization in normal and failure mode, headroom,
 * cross-zone traffic and monthly cost. Formulas follow
 * docs/method/kafka-sizing.md §3 to §8 (AWS Equation 1 generalised).
 */
import { MB_PER_MIB, limits, prices, rulesOfThumb, units } from '../catalog/sizingConstants';
import { formula, lazily, numericOnly, numericText, statement, term, type Formula, type FormulaPart, type FormulaSection, type FormulaTerm } from '../../calculators/formula';
import { formatNumber } from '../../calculators/format';
import { followersOutsideLeaderZone, placementStatement, replicasLeftAfterZoneLoss, zonesWithReplica } from '../replicaPlacement';
import { resolveBrokerType, type ResolvedBrokerType } from './resolveBrokerType';
import { explainSections } from './sizingExplain';
import { effectiveWriteAvg, effectiveWritePeak, mixedCompressionWarning, type SizingValues } from './sizingFields';
import {
  BYTES_PER_GB,
  FLOAT_TOLERANCE,
  HOURS_PER_MONTH,
  LINGERING_SEGMENT_SHARE,
  MB_PER_GB,
  MIN_BROKERS,
  PERCENT,
  SECONDS_PER_HOUR,
  monthlyGBAt,
  storedGB,
} from './sizingUnits';

export const constraintIds = ['networkIn', 'networkOut', 'disk', 'storage', 'partitions', 'minimum', 'cpu'] as const;
export type ConstraintId = (typeof constraintIds)[number];

export const constraintLabels: Record<ConstraintId, string> = {
  networkIn: 'Network in',
  networkOut: 'Network out',
  disk: 'Disk throughput',
  storage: 'Storage',
  partitions: 'Partitions',
  minimum: 'Minimum',
  cpu: 'CPU (heuristic)',
};

export interface Constraint {
  label: string;
  /** Brokers this constraint alone needs, before rounding up. */
  brokersNeeded: number;
  brokersRounded: number;
  /** The formula with the numbers filled in. */
  formula: string;
  /** False for the CPU heuristic unless the reader opts in. */
  counted: boolean;
}

export const resourceIds = ['networkIn', 'networkOut', 'disk', 'storage', 'partitions', 'cpu'] as const;
export type ResourceId = (typeof resourceIds)[number];
/** Utilization per resource as a fraction of capacity; null where the service manages it. */
export type Utilization = Record<ResourceId, number | null>;

export interface SizingResult {
  mode: 'size' | 'evaluate';
  units: typeof units;
  brokers: number;
  /** What sizing alone recommends; equals brokers in size mode. */
  recommendedBrokers: number;
  binding: ConstraintId;
  bindingReason: string;
  constraints: Record<ConstraintId, Constraint>;
  workload: { writePeakMBps: number; writeAvgMBps: number; readPeakMBps: number; tiered: boolean };
  perBroker: {
    networkInMBps: number;
    networkOutMBps: number;
    diskWriteMBps: number;
    diskReadMBps: number;
    storageGB: number;
    partitionReplicas: number;
  };
  utilization: { normal: Utilization; failure: Utilization; caps: Record<ResourceId, number>; failureMultiplier: number };
  /** Cap minus failure-mode utilization; negative means over the cap. */
  slack: Utilization;
  crossAz: {
    MBps: number;
    monthlyGB: number;
    monthlyCost: number;
    terms: { produceMBps: number; replicationMBps: number; consumeMBps: number };
    replicationBilled: boolean;
    /** The billing semantics used, and whether they came from the broker type or the billing input. */
    billing: BillingSemantics;
    billingFrom: 'broker type' | 'billing input';
    /** Billed crossing with consumers on leaders, and with fetch from follower, whichever is chosen. */
    withoutFetchFromFollower: { MBps: number; monthlyCost: number };
    withFetchFromFollower: { MBps: number; monthlyCost: number };
  };
  storage: {
    clusterGB: number;
    overheadGB: number;
    provisionedPerBrokerGB: number;
    maxLocalRetentionHours: number | null;
    tieredGB: number;
  };
  maxWritePeakMBps: number;
  /** The resource that sets maxWritePeakMBps; null when no resource limits the write rate. */
  maxWritePeakResource: ResourceId | null;
  maxWritePeakByResource: Partial<Record<ResourceId, number>>;
  cpu: { vcpuNeeded: number; vcpuAvailable: number };
  cost: {
    monthly: { brokers: number; storage: number; tiered: number; throughput: number; iops: number; crossAz: number; dataIn: number; total: number };
    share: { brokers: number; storage: number; tiered: number; throughput: number; iops: number; crossAz: number; dataIn: number };
    /** Provisioned storage performance per broker that the prices above buy (gp3: per broker over its volumes). */
    provisioned: { throughputMBps: number; iops: number | null };
  };
  brokerType: ResolvedBrokerType;
  warnings: string[];
  assumptions: string[];
  /** Every formula of the explain panel, symbolic and with the numbers, grouped by heading. */
  explain: FormulaSection[];
}

export { formatNumber };
const n = formatNumber;

/** ceil() that ignores floating-point dust such as 3.0000000000000004. */
function ceilClean(value: number): number {
  return Math.ceil(value - FLOAT_TOLERANCE);
}

export type BillingSemantics = 'self-managed' | 'msk';

/** MSK broker types (kafka.*, express.*) bill as MSK, EC2 and custom types as self-managed, unless the reader chose. */
export function billingSemantics(values: SizingValues, broker: ResolvedBrokerType): { billing: BillingSemantics; from: 'broker type' | 'billing input' } {
  if (values.billing !== 'auto') return { billing: values.billing, from: 'billing input' };
  const msk = broker.service === 'msk-standard' || broker.service === 'msk-express';
  return { billing: msk ? 'msk' : 'self-managed', from: 'broker type' };
}

/** Everything about the workload that does not depend on the broker count. */
export interface Workload {
  values: SizingValues;
  broker: ResolvedBrokerType;
  billing: BillingSemantics;
  billingFrom: 'broker type' | 'billing input';
  express: boolean;
  peak: number;
  avg: number;
  fanout: number;
  rf: number;
  zones: number;
  tiered: boolean;
  localHours: number;
  inFactor: number;
  outFactor: number;
  diskWriteFactor: number;
  diskReadFactor: number;
  clusterGB: number;
  overheadGB: number;
  partitionReplicas: number;
  cpuPerMBps: number;
  /** GB a partition writes in one roll interval: a full segment, or segment.ms of writes if that comes first. */
  rollGB: number;
  /** GB held beyond retention in the cluster per MB/s of average write while segments roll on time (rollGB below segment.bytes). */
  lingeringGBPerMBps: number;
}

/** vCPU per MiB/s written: produce, or the fan-out's consume, whichever costs more. */
function vcpuPerMiBps(fanout: number): number {
  return Math.max(1 / rulesOfThumb.produceMiBpsPerVcpu.value, fanout / rulesOfThumb.consumeMiBpsPerVcpu.value);
}

function describeWorkload(values: SizingValues): Workload {
  const broker = resolveBrokerType(values);
  const express = broker.storage === 'msk-express';
  const peak = effectiveWritePeak(values);
  const avg = effectiveWriteAvg(values);
  const rf = values.rf;
  const localHours = express ? values['retention-hours'] : (values['local-retention-hours'] ?? values['retention-hours']);
  const tiered = !express && localHours < values['retention-hours'];
  const tieredUpload = tiered ? 1 : 0;
  // Lagging readers behind the local retention fetch from the remote tier: count them on network in too.
  const remoteReads = tiered ? values.lagging : 0;
  const clusterGB = storedGB(avg, localHours, rf);
  const partitions = values.partitions;
  const rollGB = rollIntervalGB(values, avg);
  const overheadGB = partitions * rf * LINGERING_SEGMENT_SHARE * rollGB + retentionCheckGB(avg, rf);
  const billing = billingSemantics(values, broker);
  return {
    values,
    broker,
    billing: billing.billing,
    billingFrom: billing.from,
    express,
    peak,
    avg,
    fanout: values.fanout,
    rf,
    zones: values.zones,
    tiered,
    localHours,
    // Express ratings count client traffic only; replication is the service's.
    inFactor: express ? 1 : rf + remoteReads,
    outFactor: express ? values.fanout : values.fanout + rf - 1 + tieredUpload,
    diskWriteFactor: rf,
    diskReadFactor: values.lagging + tieredUpload,
    clusterGB,
    overheadGB,
    partitionReplicas: partitions * rf,
    cpuPerMBps: vcpuPerMiBps(values.fanout) / MB_PER_MIB,
    rollGB,
    lingeringGBPerMBps: (rf * LINGERING_SEGMENT_SHARE * values['segment-ms']) / MS_PER_SECOND / MB_PER_GB,
  };
}

const MS_PER_SECOND = 1000;

/**
 * A partition's active segment is deleted only after it rolls (at segment.bytes,
 * or segment.ms after it opened), and a closed segment only once its newest
 * record is past retention. So a partition holds its retention plus, on
 * average, half a roll interval of writes: this is that roll interval in GB.
 */
function rollIntervalGB(values: SizingValues, avgMBps: number): number {
  const partitionMBps = avgMBps / values.partitions;
  const byTimeGB = (partitionMBps * values['segment-ms']) / MS_PER_SECOND / MB_PER_GB;
  return Math.min(values['segment-bytes'] / BYTES_PER_GB, byTimeGB);
}

/** Deletion runs every log.retention.check.interval.ms: one interval of writes waits for it. */
function retentionCheckGB(avgMBps: number, rf: number): number {
  return (avgMBps * rf * rulesOfThumb.retentionCheckSeconds.value) / MB_PER_GB;
}

/** Brokers a throughput constraint needs once the failure mode's survivors carry the load. */
function withFailure(w: Workload, brokersAtFullStrength: number, description: () => FormulaPart[]): { needed: number; parts: () => FormulaPart[] } {
  const failure = w.values.failure;
  if (failure === 'zone') {
    const survivingZones = w.zones - 1;
    const needed = (brokersAtFullStrength * w.zones) / survivingZones;
    return { needed, parts: () => [term('Z', String(w.zones)), '/', term('(Z − 1)', String(survivingZones)), ' × ', ...description()] };
  }
  if (failure === 'broker') {
    // N ≥ X·N/(N − 1)  ⇔  N ≥ X + 1: one spare broker's worth.
    return { needed: brokersAtFullStrength + 1, parts: () => [...description(), ' + 1'] };
  }
  return { needed: brokersAtFullStrength, parts: description };
}

/** A constraint and, built only when asked for, its formula. */
interface BuiltConstraint {
  constraint: Constraint;
  formula: () => Formula;
}

/** A constraint whose formula text is built the first time it is read. */
function constraintWith(label: string, brokersNeeded: number, brokersRounded: number, counted: boolean, text: () => string): Constraint {
  const formulaText = lazily(text);
  return {
    label,
    brokersNeeded,
    brokersRounded,
    get formula() {
      return formulaText();
    },
    counted,
  };
}

/** A constraint from its brokers-needed figure and the parts of the formula inside ceil(). */
function ceilConstraint(id: ConstraintId, needed: number, inside: () => FormulaPart[], counted = true): BuiltConstraint {
  const label = constraintLabels[id];
  const rounded = ceilClean(needed);
  const f = lazily(() => formula(label, 'brokers', ['ceil(', ...inside(), ')', numericOnly(` = ceil(${n(needed)})`)], String(rounded)));
  return { constraint: constraintWith(label, needed, rounded, counted, () => numericText(f())), formula: f };
}

function notALimit(id: ConstraintId, reason: string, counted = true): BuiltConstraint {
  const label = constraintLabels[id];
  const f = lazily(() => statement(label, 'brokers', `not a limit: ${reason}`));
  return { constraint: constraintWith(label, 0, 0, counted, () => numericText(f())), formula: f };
}

interface ThroughputLimit {
  /** Symbol of the capacity per broker, e.g. "network in". */
  capacitySymbol: string;
  capSymbol: string;
  factorParts: FormulaPart[];
  factor: number;
  cap: number;
  capacity: number | null;
  /** MSK Express: the published per-broker maximum, which the survivors may reach in the failure mode. */
  failureCapacity?: number;
  unitText: string;
}

function throughputConstraint(w: Workload, id: ConstraintId, limit: ThroughputLimit) {
  const { factorParts, factor, cap, capacity, unitText } = limit;
  if (capacity === null) return notALimit(id, unitText);
  const perBroker = cap * capacity;
  const base = (w.peak * factor) / perBroker;
  const description = (): FormulaPart[] => [
    term('peak write', n(w.peak)),
    ` ${unitText} × `,
    ...factorParts,
    ' / (',
    term(limit.capSymbol, n(cap)),
    ' × ',
    term(limit.capacitySymbol, n(capacity)),
    ` ${unitText})`,
  ];
  if (limit.failureCapacity === undefined) {
    const { needed, parts } = withFailure(w, base, description);
    return ceilConstraint(id, needed, parts);
  }
  // Express: sustained rating × cap in normal operation, the published maximum with a failure.
  const failureCapacity = limit.failureCapacity;
  const failure = withFailure(w, (w.peak * factor) / failureCapacity, () => [
    term('peak write', n(w.peak)),
    ` ${unitText} × `,
    ...factorParts,
    ' / ',
    term('Express maximum', n(failureCapacity)),
    ` ${unitText}`,
  ]);
  return ceilConstraint(id, Math.max(base, failure.needed), () => ['max(', ...description(), ', ', ...failure.parts(), ')']);
}

function storageConstraint(w: Workload) {
  const maxStorageGB = w.broker.maxStorageGB;
  if (maxStorageGB === null) return notALimit('storage', 'MSK Express has no per-broker storage limit');
  const fill = w.values.fill;
  const needed = (w.clusterGB + w.overheadGB) / (fill * maxStorageGB);
  return ceilConstraint('storage', needed, () => [
    '(',
    term('average write', n(w.avg)),
    ' MB/s × ',
    term('local retention', n(w.localHours)),
    ` h × ${SECONDS_PER_HOUR} s/h × `,
    rfTerm(w),
    ` / ${MB_PER_GB} + `,
    term('overhead', `${n(w.overheadGB)} GB overhead`),
    ') / (',
    term('fill', n(fill)),
    ' × ',
    term('max disk', n(maxStorageGB)),
    ' GB)',
  ]);
}

function cpuConstraint(w: Workload): { constraint: Constraint; formulas: () => Formula[] } {
  const v = w.values;
  if (w.express) {
    const none = notALimit('cpu', 'MSK Express throughput ratings already include the CPU they need', false);
    return { constraint: none.constraint, formulas: () => [none.formula()] };
  }
  const vcpuNeeded = w.peak * w.cpuPerMBps;
  const base = vcpuNeeded / (v['cpu-utilization'] * w.broker.vcpu);
  const { needed, parts } = withFailure(w, base, () => [
    term('vCPU needed', `${n(vcpuNeeded)} vCPU`),
    ' / (',
    term('CPU cap', n(v['cpu-utilization'])),
    ' × ',
    term('vCPU per broker', `${w.broker.vcpu} vCPU`),
    ')',
  ]);
  const brokers = ceilConstraint('cpu', needed, parts, v['count-cpu']);
  const vcpu = lazily(() => formula(
    'vCPU needed (heuristic)',
    'vCPU',
    [
      'max(',
      term('peak write', n(w.peak)),
      ` MB/s / ${rulesOfThumb.produceMiBpsPerVcpu.value} MiB/s, `,
      term('peak read', n(w.peak * w.fanout)),
      ` MB/s / ${rulesOfThumb.consumeMiBpsPerVcpu.value} MiB/s)`,
    ],
    n(vcpuNeeded),
  ));
  const { label, brokersNeeded, brokersRounded, counted } = brokers.constraint;
  const constraint = constraintWith(label, brokersNeeded, brokersRounded, counted, () => `${brokers.constraint.formula}; vCPU = ${vcpu().substituted}`);
  return { constraint, formulas: () => [brokers.formula(), vcpu()] };
}

function rfTerm(w: Workload): FormulaTerm {
  return term('RF', `RF ${w.rf}`);
}

function throughputLimits(w: Workload): Record<'networkIn' | 'networkOut' | 'disk', ThroughputLimit> {
  const v = w.values;
  const b = w.broker;
  const rf = rfTerm(w);
  const fanout = term('fan-out', `fan-out ${n(w.fanout)}`);
  return {
    networkIn: {
      capacitySymbol: 'network in',
      capSymbol: 'utilization',
      factorParts: w.express ? ['client ingress only'] : w.tiered ? ['(', rf, ' + ', term('lagging', `lagging ${n(v.lagging)}`), ' remote reads)'] : [rf],
      factor: w.inFactor,
      cap: v.utilization,
      capacity: b.networkInMBps,
      failureCapacity: b.expressMax?.inMBps,
      unitText: 'MB/s',
    },
    networkOut: {
      capacitySymbol: 'network out',
      capSymbol: 'utilization',
      factorParts: w.express ? [fanout] : ['(', fanout, ' + ', rf, ' − 1', w.tiered ? ' + 1 tiered upload' : '', ')'],
      factor: w.outFactor,
      cap: v.utilization,
      capacity: b.networkOutMBps,
      failureCapacity: b.expressMax?.outMBps,
      unitText: 'MB/s',
    },
    disk: {
      capacitySymbol: 'disk',
      capSymbol: 'disk utilization',
      factorParts: ['(', rf, ' + ', term('lagging', `lagging ${n(v.lagging)}`), w.tiered ? ' + 1 tiered upload read' : '', ')'],
      factor: w.diskWriteFactor + w.diskReadFactor,
      cap: v['disk-utilization'],
      capacity: b.diskMBps,
      unitText: b.diskMBps === null ? 'MSK Express manages its storage throughput' : 'MB/s',
    },
  };
}

interface SizedConstraints {
  constraints: Record<ConstraintId, Constraint>;
  /** The formula objects behind each constraint's formula text, in the order of constraintIds, built when asked for. */
  formulas: () => Formula[];
}

function sizingConstraints(w: Workload): SizedConstraints {
  const v = w.values;
  const limitsFor = throughputLimits(w);
  const partitionsNeeded = w.partitionReplicas / w.broker.maxPartitions;
  const minimum = Math.max(MIN_BROKERS, w.rf);
  const minimumFormula = lazily(() => formula(constraintLabels.minimum, 'brokers', [`max(${MIN_BROKERS}, `, rfTerm(w), ')'], String(minimum)));
  const built = {
    networkIn: throughputConstraint(w, 'networkIn', limitsFor.networkIn),
    networkOut: throughputConstraint(w, 'networkOut', limitsFor.networkOut),
    disk: throughputConstraint(w, 'disk', limitsFor.disk),
    storage: storageConstraint(w),
    partitions: ceilConstraint('partitions', partitionsNeeded, () => [
      term('partitions', `${v.partitions} partitions`),
      ' × ',
      rfTerm(w),
      ' / ',
      term('max per broker', `${w.broker.maxPartitions} per broker`),
    ]),
    minimum: {
      constraint: constraintWith(constraintLabels.minimum, minimum, minimum, true, () => numericText(minimumFormula())),
      formula: minimumFormula,
    },
  };
  const cpu = cpuConstraint(w);
  return {
    constraints: {
      networkIn: built.networkIn.constraint,
      networkOut: built.networkOut.constraint,
      disk: built.disk.constraint,
      storage: built.storage.constraint,
      partitions: built.partitions.constraint,
      minimum: built.minimum.constraint,
      cpu: cpu.constraint,
    },
    formulas: () => [
      ...(['networkIn', 'networkOut', 'disk', 'storage', 'partitions', 'minimum'] as const).map((id) => built[id].formula()),
      ...cpu.formulas(),
    ],
  };
}

function pickBinding(constraints: Record<ConstraintId, Constraint>): ConstraintId {
  let binding: ConstraintId = 'minimum';
  for (const id of constraintIds) {
    const candidate = constraints[id];
    const current = constraints[binding];
    if (!candidate.counted) continue;
    if (
      candidate.brokersRounded > current.brokersRounded ||
      (candidate.brokersRounded === current.brokersRounded && candidate.brokersNeeded > current.brokersNeeded && id !== 'minimum')
    ) {
      binding = id;
    }
  }
  return binding;
}

function recommend(w: Workload, constraints: Record<ConstraintId, Constraint>) {
  const binding = pickBinding(constraints);
  const raw = constraints[binding].brokersRounded;
  const brokers = Math.ceil(raw / w.zones) * w.zones;
  const c = constraints[binding];
  let reason =
    binding === 'minimum'
      ? `The minimum of max(${MIN_BROKERS}, RF) = ${raw} brokers decided the count; every other constraint needs fewer.`
      : `${c.label} needs ${n(c.brokersNeeded)} brokers → ${raw}.`;
  if (brokers > raw) reason += ` Rounded up to ${brokers}, a multiple of ${w.zones} zones.`;
  return { brokers, binding, reason };
}

/** Load multiplier on the survivors of the failure mode at N brokers. */
function failureMultiplier(w: Workload, brokers: number): number {
  if (w.values.failure === 'broker') return brokers / (brokers - 1);
  // A zone holds at most ceil(N/Z) brokers; losing it leaves the rest.
  if (w.values.failure === 'zone') return brokers / (brokers - Math.ceil(brokers / w.zones));
  return 1;
}

function ratio(load: number, capacity: number | null): number | null {
  return capacity === null ? null : load / capacity;
}

/** Largest local retention the disks hold at the fill limit, inverting the storage formula. */
function maxLocalRetentionHours(w: Workload, brokers: number): number | null {
  const maxGB = w.broker.maxStorageGB;
  if (maxGB === null || w.avg === 0) return null;
  const capacity = w.values.fill * maxGB * brokers;
  const gbPerHour = storedGB(w.avg, 1, w.rf);
  // The segment-roll overhead does not depend on retention, so the storage formula inverts directly.
  const hours = (capacity - w.overheadGB) / gbPerHour;
  // A vanishingly small write rate has no meaningful retention limit.
  return Number.isFinite(hours) ? Math.max(0, hours) : null;
}

function crossZoneTraffic(w: Workload) {
  const z = w.zones;
  const crossShare = (z - 1) / z;
  const produce = w.avg * crossShare;
  // Kafka's striped placement: RF − ceil(RF / Z) followers sit outside the leader's zone.
  const replication = w.avg * followersOutsideLeaderZone(w.rf, z);
  const read = w.avg * w.fanout;
  const consumeFromLeaders = read * crossShare;
  // Fetch from follower: only consumers in zones without a replica cross.
  const consumeFromFollowers = (read * (z - zonesWithReplica(w.rf, z))) / z;
  const consume = w.values['fetch-from-follower'] ? consumeFromFollowers : consumeFromLeaders;
  const replicationBilled = w.billing === 'self-managed';
  const billedBase = produce + (replicationBilled ? replication : 0);
  const monthly = (mbps: number) => monthlyGBAt(mbps) * w.broker.crossAzPricePerGB;
  const MBps = billedBase + consume;
  const monthlyGB = monthlyGBAt(MBps);
  return {
    MBps,
    monthlyGB,
    monthlyCost: monthlyGB * w.broker.crossAzPricePerGB,
    terms: { produceMBps: produce, replicationMBps: replication, consumeMBps: consume },
    replicationBilled,
    billing: w.billing,
    billingFrom: w.billingFrom,
    withoutFetchFromFollower: { MBps: billedBase + consumeFromLeaders, monthlyCost: monthly(billedBase + consumeFromLeaders) },
    withFetchFromFollower: { MBps: billedBase + consumeFromFollowers, monthlyCost: monthly(billedBase + consumeFromFollowers) },
  };
}

/**
 * Storage throughput (and, on gp3, IOPS) one broker provisions so that the
 * failure-mode load stays under the disk cap, and its monthly price. A gp3
 * volume carries at most 0.25 MiB/s per provisioned IOPS, so throughput above
 * what the included 3,000 IOPS carry (750 MiB/s) needs IOPS bought too.
 */
function provisionedPerformance(b: ResolvedBrokerType, wantedMBps: number) {
  if (b.throughputPricePerMBpsMonth === null || b.diskMBps === null) {
    return { throughputMBps: b.includedDiskMBps, iops: null, throughputCost: 0, iopsCost: 0 };
  }
  const throughputMBps = Math.max(b.includedDiskMBps, Math.min(b.diskMBps, wantedMBps));
  const throughputCost = (throughputMBps - b.includedDiskMBps) * b.throughputPricePerMBpsMonth;
  if (b.iops === null) return { throughputMBps, iops: null, throughputCost, iopsCost: 0 };
  const iopsPerVolume = Math.max(b.iops.includedPerVolume, throughputMBps / b.volumes / b.iops.MBpsPerIops);
  const iopsCost = (iopsPerVolume - b.iops.includedPerVolume) * b.volumes * b.iops.pricePerMonth;
  return { throughputMBps, iops: iopsPerVolume * b.volumes, throughputCost, iopsCost };
}

function costs(w: Workload, brokers: number, failureDiskMBpsPerBroker: number, provisionedPerBrokerGB: number, crossAzCost: number) {
  const b = w.broker;
  const brokerCost = brokers * b.priceHour * HOURS_PER_MONTH;
  const expressStoredGB = storedGB(w.avg, w.values['retention-hours'], 1);
  const storage = w.express ? expressStoredGB * b.storagePricePerGBMonth : provisionedPerBrokerGB * brokers * b.storagePricePerGBMonth;
  // One copy of the total retention in object storage.
  const tieredGB = w.tiered ? storedGB(w.avg, w.values['retention-hours'], 1) : 0;
  const tiered = tieredGB * b.tieredPricePerGBMonth;
  const performance = provisionedPerformance(b, failureDiskMBpsPerBroker / w.values['disk-utilization']);
  const throughput = performance.throughputCost * brokers;
  const iops = performance.iopsCost * brokers;
  const dataIn = w.express ? monthlyGBAt(w.avg) * prices.expressDataIn.value : 0;
  const monthly = { brokers: brokerCost, storage, tiered, throughput, iops, crossAz: crossAzCost, dataIn, total: 0 };
  monthly.total = brokerCost + storage + tiered + throughput + iops + crossAzCost + dataIn;
  const share = (part: number) => (monthly.total > 0 ? part / monthly.total : 0);
  return {
    tieredGB,
    monthly,
    provisioned: { throughputMBps: performance.throughputMBps, iops: performance.iops },
    share: {
      brokers: share(brokerCost),
      storage: share(storage),
      tiered: share(tiered),
      throughput: share(throughput),
      iops: share(iops),
      crossAz: share(crossAzCost),
      dataIn: share(dataIn),
    },
  };
}

/**
 * What tiered storage would buy when storage sets the count: the broker count
 * the other constraints need once the tier's upload and remote reads are
 * added, and the longest local retention that count holds (rounded down, so
 * entering it gives that count).
 */
export function tieredStorageHint(w: Workload): { brokers: number; localHours: number } | undefined {
  const total = w.values['retention-hours'];
  const trial = describeWorkload({ ...w.values, 'local-retention-hours': total / 2 });
  if (!trial.tiered) return undefined;
  const constraints = sizingConstraints(trial).constraints;
  const others = constraintIds.filter((id) => id !== 'storage' && constraints[id].counted);
  const otherRaw = Math.max(...others.map((id) => constraints[id].brokersRounded));
  const brokers = Math.ceil(otherRaw / w.zones) * w.zones;
  const hours = maxLocalRetentionHours(trial, brokers);
  if (hours === null || hours < 1 / HINT_HOURS_STEPS || hours >= total) return undefined;
  return { brokers, localHours: Math.floor(hours * HINT_HOURS_STEPS) / HINT_HOURS_STEPS };
}

/** The hint's local retention is rounded down to a tenth of an hour. */
const HINT_HOURS_STEPS = 10;

/** Broker type, billing and MSK quotas that do not fit together. */
function serviceWarnings(w: Workload, brokers: number): string[] {
  const v = w.values;
  const b = w.broker;
  const warnings: string[] = [];
  const mskService = b.service === 'msk-standard' || b.service === 'msk-express';
  if (mskService && w.billing === 'self-managed') {
    warnings.push('An MSK broker type with self-managed billing: MSK does not bill replication between brokers; choose MSK billing.');
  }
  if (!mskService && b.service !== 'custom' && w.billing === 'msk') {
    warnings.push('MSK billing with an EC2 broker type: self-managed Kafka pays for cross-zone replication.');
  }
  if (mskService && brokers > limits.mskMaxBrokers.value) {
    warnings.push(`${brokers} brokers is over the MSK quota of ${limits.mskMaxBrokers.value} per cluster; pick a larger broker type.`);
  }
  if (mskService && w.tiered && v['retention-hours'] < limits.mskTieredMinRetention.value) {
    warnings.push(`MSK tiered storage needs at least ${limits.mskTieredMinRetention.value} h of total retention.`);
  }
  if (w.express && v['local-retention-hours'] !== undefined) {
    warnings.push('MSK Express has no local/tiered split; local retention is ignored.');
  }
  if (v.volumes > 1 && b.storage !== 'ebs-gp3') {
    warnings.push(`${b.id} does not take gp3 volumes per broker: volumes ${v.volumes} is ignored.`);
  }
  if (w.express && (v['disk-mbps'] !== undefined || v['disk-gb'] !== undefined)) {
    warnings.push('MSK Express manages storage: disk-mbps and disk-gb are ignored.');
  }
  if (b.storage === 'instance-store' && v['disk-mbps'] === undefined) {
    warnings.push(`${b.id} keeps data on local NVMe; its write rate is not in the catalog, so the EBS baseline (${n(b.diskMBps ?? 0)} MB/s) stands in. Enter a measured rate as disk throughput.`);
  }
  return warnings;
}

/** In-sync replicas, replica placement and balance over zones. */
function replicaWarnings(w: Workload, brokers: number): string[] {
  const v = w.values;
  const warnings: string[] = [];
  const minIsr = v['min-isr'];
  if (v.failure === 'broker' && w.rf - 1 < minIsr) {
    warnings.push(`min.insync.replicas ${minIsr} with RF ${w.rf}: one broker down leaves ${w.rf - 1} in-sync replicas, so acks=all producers stall.`);
  }
  if (v.failure === 'zone') {
    const left = replicasLeftAfterZoneLoss(w.rf, w.zones);
    if (left < minIsr) {
      warnings.push(`min.insync.replicas ${minIsr} with RF ${w.rf} over ${w.zones} zones: losing a zone can leave ${left} replicas, so acks=all producers stall.`);
    }
  }
  if (minIsr === w.rf && v.failure === 'none') {
    warnings.push(`min.insync.replicas equals RF (${w.rf}): any single broker restart stops acks=all writes.`);
  }
  if (w.rf > w.zones) {
    warnings.push(`RF ${w.rf} is greater than the ${w.zones} zones: some partitions keep two copies in one zone, and a zone outage takes both.`);
  }
  if (brokers % w.zones !== 0) {
    warnings.push(`${brokers} brokers do not divide evenly over ${w.zones} zones: replicas and load will be unbalanced.`);
  }
  return warnings;
}

function warningsFor(w: Workload, brokers: number, binding: ConstraintId, result: Omit<SizingResult, 'warnings' | 'assumptions' | 'explain'>): string[] {
  const v = w.values;
  const b = w.broker;
  const warnings = replicaWarnings(w, brokers);
  const perBrokerPartitions = result.perBroker.partitionReplicas;
  if (perBrokerPartitions > b.maxPartitions) {
    warnings.push(`${n(perBrokerPartitions)} partition replicas per broker is over the recommended ${b.maxPartitions} for ${b.id}.`);
  }
  if (w.partitionReplicas > limits.partitionsPerCluster.value) {
    warnings.push(`${w.partitionReplicas} partition replicas in the cluster is over the ${limits.partitionsPerCluster.value} guidance (KIP-578).`);
  }
  if (b.maxStorageGB !== null && result.storage.provisionedPerBrokerGB > b.maxStorageGB) {
    warnings.push(
      `Each broker needs ${n(result.storage.provisionedPerBrokerGB)} GB of disk at the fill limit, over the ${n(b.maxStorageGB)} GB maximum for ${b.id}.`,
    );
  }
  if (b.networkBurstMBps !== undefined) {
    warnings.push(
      `${b.id} is rated "up to" ${n(b.networkBurstMBps)} MB/s on burst credits; its baseline is ${n(b.networkInMBps)} MB/s per direction, which is what this model uses. Short load tests on burst credits look better than production.`,
    );
  }
  if (binding === 'storage' && !w.tiered && b.maxStorageGB !== null) {
    const hint = tieredStorageHint(w);
    if (hint) {
      warnings.push(
        `Storage sets the count. Tiered storage would fix that: with local retention of at most ${n(hint.localHours)} h, ${hint.brokers} brokers would do (its upload and remote reads included).`,
      );
    }
  }
  const cpuFailure = result.utilization.failure.cpu;
  if (cpuFailure !== null && cpuFailure > v['cpu-utilization']) {
    warnings.push(
      `CPU heuristic: about ${n(result.cpu.vcpuNeeded * result.utilization.failureMultiplier)} vCPU needed in the failure mode vs ${n(result.cpu.vcpuAvailable * v['cpu-utilization'])} usable (${n(v['cpu-utilization'])} × ${result.cpu.vcpuAvailable}). ${v['count-cpu'] ? 'Counted in the broker count.' : 'Not counted unless you opt in; measure before trusting it.'}`,
    );
  }
  warnings.push(...serviceWarnings(w, brokers));
  const mixed = mixedCompressionWarning(v);
  if (mixed) warnings.push(mixed);
  if (w.express) {
    for (const id of ['networkIn', 'networkOut'] as const) {
      const value = result.utilization.normal[id];
      if (value !== null && value > v.utilization + FLOAT_TOLERANCE) {
        warnings.push(`${constraintLabels[id]} is at ${n(value * PERCENT)}% of the Express sustained rating, over the ${n(v.utilization * PERCENT)}% cap.`);
      }
    }
  }
  const utilizations = result.utilization.failure;
  for (const id of ['networkIn', 'networkOut', 'disk', 'storage', 'partitions'] as const) {
    const value = utilizations[id];
    const cap = result.utilization.caps[id];
    if (value !== null && value > cap + FLOAT_TOLERANCE) {
      warnings.push(`${constraintLabels[id]} is at ${n(value * PERCENT)}% in the failure mode, over the ${n(cap * PERCENT)}% cap.`);
    }
  }
  return warnings;
}

/** Every assumption the model can state; a result lists the ones that apply to it. */
export const assumptionTexts = {
  always: [
    `Units: MB = ${units.MB}, GB = ${units.GB}, a month = ${units.month}.`,
    'Write rates are compressed bytes on the wire, which is what brokers store and replicate.',
    'Leaders, replicas and clients are spread evenly over brokers and zones.',
    'Network in and out are separate budgets (the EC2 bandwidth figure applies to each direction); baseline, never burst.',
    'Failure mode: the survivors carry all throughput; storage and partitions are not reassigned during the failure.',
    'Lagging readers and tiered-storage upload reads miss the page cache and hit the disk; tail reads come from cache.',
    'Storage overhead: a segment is deleted only after it rolls (segment.bytes or segment.ms), so each partition replica holds its retention plus half a roll interval, and one retention-check interval of writes.',
    `Storage throughput (gp3 above ${limits.gp3IncludedThroughput.value} MiB/s a volume, MSK above ${limits.mskIncludedThroughput.value} MiB/s) and the gp3 IOPS it needs above ${limits.gp3IncludedIops.value} (${limits.gp3ThroughputPerIops.value} MiB/s per IOPS) are bought up to the failure-mode need.`,
    'The recommended count is the smallest multiple of the zone count that meets every counted constraint; a warning says when a larger count would cost less.',
    `The CPU figure is a rule of thumb (1 vCPU ≈ ${rulesOfThumb.produceMiBpsPerVcpu.value} MiB/s produce or ${rulesOfThumb.consumeMiBpsPerVcpu.value} MiB/s consume), not a measurement.`,
  ],
  tiered: 'Tiered storage keeps one remote copy of the total retention. Leaders upload what they write (network out, a disk read); lagging readers also fetch from the remote tier (network in).',
  fetchFromFollower: 'Fetch from follower needs broker.rack, replica.selector.class=RackAwareReplicaSelector and client.rack on consumers.',
  express: 'MSK Express: client traffic only, at the sustained rating × cap, or the published maximum with the failure; replication and CPU are the service’s.',
};

function assumptionsFor(w: Workload): string[] {
  const list = [...assumptionTexts.always, placementStatement(w.rf, w.zones)];
  if (w.tiered) list.push(assumptionTexts.tiered);
  if (w.values['fetch-from-follower']) list.push(assumptionTexts.fetchFromFollower);
  if (w.express) list.push(assumptionTexts.express);
  return list;
}

type PerBroker = SizingResult['perBroker'];

function perBrokerLoad(w: Workload, brokers: number): PerBroker {
  return {
    networkInMBps: (w.peak * w.inFactor) / brokers,
    networkOutMBps: (w.peak * w.outFactor) / brokers,
    diskWriteMBps: (w.peak * w.diskWriteFactor) / brokers,
    diskReadMBps: (w.peak * w.diskReadFactor) / brokers,
    storageGB: (w.clusterGB + w.overheadGB) / brokers,
    partitionReplicas: w.partitionReplicas / brokers,
  };
}

/** Utilization in normal operation and in the failure mode, the caps and the slack under them. */
function utilizationAt(w: Workload, brokers: number, perBroker: PerBroker, s: number) {
  const v = w.values;
  const b = w.broker;
  const vcpuNeeded = w.peak * w.cpuPerMBps;
  const diskLoad = perBroker.diskWriteMBps + perBroker.diskReadMBps;
  const normal: Utilization = {
    networkIn: perBroker.networkInMBps / b.networkInMBps,
    networkOut: perBroker.networkOutMBps / b.networkOutMBps,
    disk: ratio(diskLoad, b.diskMBps),
    storage: ratio(perBroker.storageGB, b.maxStorageGB),
    partitions: perBroker.partitionReplicas / b.maxPartitions,
    cpu: w.express ? null : vcpuNeeded / (brokers * b.vcpu),
  };
  const scale = (value: number | null) => (value === null ? null : value * s);
  const failure: Utilization = {
    networkIn: scale(normal.networkIn),
    networkOut: scale(normal.networkOut),
    disk: scale(normal.disk),
    storage: normal.storage,
    partitions: normal.partitions,
    cpu: scale(normal.cpu),
  };
  // Express survivors may run up to the published maximum: that is its failure-mode cap.
  const caps: Record<ResourceId, number> = {
    networkIn: b.expressMax ? b.expressMax.inMBps / b.networkInMBps : v.utilization,
    networkOut: b.expressMax ? b.expressMax.outMBps / b.networkOutMBps : v.utilization,
    disk: v['disk-utilization'],
    storage: v.fill,
    partitions: 1,
    cpu: v['cpu-utilization'],
  };
  const slack = Object.fromEntries(
    (Object.keys(caps) as ResourceId[]).map((id) => [id, failure[id] === null ? null : caps[id] - (failure[id] ?? 0)]),
  ) as Utilization;
  return { vcpuNeeded, diskLoad, normal, failure, caps, slack };
}

/**
 * AWS Equation 1 solved for the write rate, per resource, in the failure mode;
 * for Express also in normal operation at the sustained rating × cap. Storage
 * counts too: the largest average write the disks hold at the fill limit, at
 * the reader's peak-to-average ratio.
 */
function maxWritePeakByResource(w: Workload, brokers: number, caps: Record<ResourceId, number>, s: number) {
  const b = w.broker;
  const v = w.values;
  const maxByResource: Partial<Record<ResourceId, number>> = {};
  const limitFor = (id: ResourceId, capacity: number | null, factor: number) => {
    if (capacity === null) return;
    let limit = (caps[id] * capacity * brokers) / (s * factor);
    if (b.expressMax && (id === 'networkIn' || id === 'networkOut')) limit = Math.min(limit, (v.utilization * capacity * brokers) / factor);
    // A zero (or vanishing) factor means this resource never limits the write rate.
    if (Number.isFinite(limit)) maxByResource[id] = limit;
  };
  limitFor('networkIn', b.networkInMBps, w.inFactor);
  limitFor('networkOut', b.networkOutMBps, w.outFactor);
  limitFor('disk', b.diskMBps, w.diskWriteFactor + w.diskReadFactor);
  if (v['count-cpu'] && !w.express) limitFor('cpu', b.vcpu, w.cpuPerMBps);
  const storagePeak = maxStorageWritePeak(w, brokers);
  if (storagePeak !== null) maxByResource.storage = storagePeak;
  return maxByResource;
}

/**
 * Largest peak write whose average (at the reader's peak-to-average ratio)
 * the disks hold at the fill limit. Held data and the retention-check
 * overhead grow with the rate, and so does the segment-roll overhead until
 * partitions fill a segment within segment.ms, after which it is fixed.
 */
function maxStorageWritePeak(w: Workload, brokers: number): number | null {
  const maxGB = w.broker.maxStorageGB;
  if (maxGB === null || w.avg === 0) return null;
  const capacity = w.values.fill * maxGB * brokers;
  const grows = storedGB(1, w.localHours, w.rf) + retentionCheckGB(1, w.rf);
  const rollingOnTime = capacity / (grows + w.lingeringGBPerMBps);
  const segmentGB = w.values['segment-bytes'] / BYTES_PER_GB;
  const fullSegmentsGB = w.values.partitions * w.rf * LINGERING_SEGMENT_SHARE * segmentGB;
  const avg = rollIntervalGB(w.values, rollingOnTime) < segmentGB ? rollingOnTime : (capacity - fullSegmentsGB) / grows;
  const peak = Math.max(0, avg) * (w.peak / w.avg);
  // A vanishing average against its peak has no meaningful storage limit.
  return Number.isFinite(peak) ? peak : null;
}

/** The resource whose limit is the largest write rate within the caps. */
function limitingResource(maxByResource: Partial<Record<ResourceId, number>>): ResourceId | null {
  let limiting: ResourceId | null = null;
  for (const id of resourceIds) {
    const value = maxByResource[id];
    if (value !== undefined && (limiting === null || value < (maxByResource[limiting] ?? Infinity))) limiting = id;
  }
  return limiting;
}

/** Monthly total at a broker count, priced the way evaluate prices it. */
/** The cluster's monthly total at another broker count; cross-zone transfer does not depend on the count. */
function monthlyTotalAt(w: Workload, brokers: number, crossAzCost: number): number {
  const perBroker = perBrokerLoad(w, brokers);
  const failureDiskMBps = (perBroker.diskWriteMBps + perBroker.diskReadMBps) * failureMultiplier(w, brokers);
  return costs(w, brokers, failureDiskMBps, perBroker.storageGB / w.values.fill, crossAzCost).monthly.total;
}

/**
 * Only provisioned throughput and IOPS can get cheaper per broker as brokers are added: every
 * other line stays the same or grows with the count, so without them no larger count is cheaper.
 */
function paysForDiskPerformance(monthly: { throughput: number; iops: number }): boolean {
  return monthly.throughput > 0 || monthly.iops > 0;
}

/** How many larger counts (in steps of the zone count) are priced to look for a cheaper cluster. */
const CHEAPER_COUNT_STEPS = 10;

/**
 * The recommendation minimises brokers, not cost. Where brokers are cheap and
 * provisioned disk throughput is not, more brokers can cost less: say so.
 */
function cheaperLargerCountWarning(w: Workload, brokers: number, atRecommendation: number, crossAzCost: number): string | undefined {
  for (let step = 1; step <= CHEAPER_COUNT_STEPS; step++) {
    const count = brokers + step * w.zones;
    const total = monthlyTotalAt(w, count, crossAzCost);
    // Under a dollar a month is rounding, not a reason to run more brokers.
    if (atRecommendation - total >= 1) {
      return `The recommendation is the smallest broker count that meets every constraint, not the cheapest: ${count} brokers would cost about $${n(Math.round(total))} a month instead of $${n(Math.round(atRecommendation))}, because the storage throughput each added broker includes is worth more than its price.`;
    }
  }
  return undefined;
}

function evaluate(w: Workload, brokers: number, mode: 'size' | 'evaluate', sizedConstraints: SizedConstraints, sized: ReturnType<typeof recommend>): SizingResult {
  const b = w.broker;
  const s = failureMultiplier(w, brokers);
  const perBroker = perBrokerLoad(w, brokers);
  const { vcpuNeeded, diskLoad, normal, failure, caps, slack } = utilizationAt(w, brokers, perBroker, s);
  const maxByResource = maxWritePeakByResource(w, brokers, caps, s);
  const maxWritePeakMBps = Math.min(...Object.values(maxByResource));

  const crossAz = crossZoneTraffic(w);
  const provisionedPerBrokerGB = perBroker.storageGB / w.values.fill;
  const cost = costs(w, brokers, diskLoad * s, provisionedPerBrokerGB, crossAz.monthlyCost);
  const partial = {
    mode,
    units,
    brokers,
    recommendedBrokers: sized.brokers,
    binding: sized.binding,
    bindingReason: sized.reason,
    constraints: sizedConstraints.constraints,
    workload: { writePeakMBps: w.peak, writeAvgMBps: w.avg, readPeakMBps: w.peak * w.fanout, tiered: w.tiered },
    perBroker,
    utilization: { normal, failure, caps, failureMultiplier: s },
    slack,
    crossAz,
    storage: {
      clusterGB: w.clusterGB,
      overheadGB: w.overheadGB,
      provisionedPerBrokerGB,
      maxLocalRetentionHours: maxLocalRetentionHours(w, brokers),
      tieredGB: cost.tieredGB,
    },
    maxWritePeakMBps,
    maxWritePeakResource: limitingResource(maxByResource),
    maxWritePeakByResource: maxByResource,
    cpu: { vcpuNeeded, vcpuAvailable: brokers * b.vcpu },
    cost: { monthly: cost.monthly, share: cost.share, provisioned: cost.provisioned },
    brokerType: b,
  };
  const explain = lazily(() => explainSections(w, partial, sizedConstraints.formulas()));
  return {
    ...partial,
    warnings: [...warningsFor(w, brokers, sized.binding, partial), ...(mode === 'size' && paysForDiskPerformance(cost.monthly) ? [cheaperLargerCountWarning(w, brokers, cost.monthly.total, crossAz.monthlyCost)].filter((text) => text !== undefined) : [])],
    assumptions: assumptionsFor(w),
    // Built when read (the explain panel, --explain, the JSON), not on every evaluation.
    get explain() {
      return explain();
    },
  };
}

/** Recommend a broker count for the workload, and evaluate the cluster at that count. */
export function sizeCluster(values: SizingValues): SizingResult {
  const w = describeWorkload(values);
  const constraints = sizingConstraints(w);
  const sized = recommend(w, constraints.constraints);
  return evaluate(w, sized.brokers, 'size', constraints, sized);
}

/** Load, utilization, headroom and cost of a cluster of the given size. */
export function evaluateCluster(values: SizingValues, brokers: number): SizingResult {
  const w = describeWorkload(values);
  const constraints = sizingConstraints(w);
  return evaluate(w, brokers, 'evaluate', constraints, recommend(w, constraints.constraints));
}

/** Evaluate mode when the inputs name a broker count, sizing otherwise. */
export function runSizing(values: SizingValues): SizingResult {
  return values.brokers === undefined ? sizeCluster(values) : evaluateCluster(values, values.brokers);
}
