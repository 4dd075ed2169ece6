/**
 * The explain panel's formulas: every result line as a formula object (symbolic
 * and with the numbers), built from the same quantities the model computed.
 * The island and the CLI render these; neither derives a formula itself.
 */
import { rulesOfThumb } from '../catalog/sizingConstants';
import { formula, numericOnly, statement, term, type Formula, type FormulaPart, type FormulaSection } from '../../calculators/formula';
import { formatMoney as money, formatNumberOrDash as num, formatWhole as whole } from '../../calculators/format';
import { placementStatement } from '../replicaPlacement';
import type { SizingResult, Workload } from './sizeCluster';
import { HOURS_PER_MONTH, LINGERING_SEGMENT_SHARE, MB_PER_GB, SECONDS_PER_HOUR } from './sizingUnits';

/** The result as far as the explain panel needs it (everything but the texts built from it). */
export type ExplainedResult = Omit<SizingResult, 'warnings' | 'assumptions' | 'explain'>;

export const explainTitles = {
  constraints: 'Brokers needed per constraint',
  load: (brokers: number) => `Load per broker at ${brokers} brokers`,
  storage: 'Storage',
  crossAz: 'Cross-zone traffic (average rates)',
  cost: 'Monthly cost',
} as const;

const resourceLabels = { networkIn: 'network in', networkOut: 'network out', disk: 'disk', storage: 'storage', cpu: 'CPU' } as const;

function failureMultiplierFormula(w: Workload, r: ExplainedResult): Formula {
  const brokers = term('N', String(r.brokers));
  const s = num(r.utilization.failureMultiplier);
  if (w.values.failure === 'zone') {
    const largestZone = term('ceil(N / Z)', String(Math.ceil(r.brokers / w.zones)));
    return formula('Failure multiplier', 'multiplier', [brokers, ' / (', brokers, ' − ', largestZone, ')'], s);
  }
  if (w.values.failure === 'broker') {
    return formula('Failure multiplier', 'multiplier', [brokers, ' / ', term('(N − 1)', String(r.brokers - 1))], s);
  }
  return statement('Failure multiplier', 'multiplier', '1 (no failure mode)');
}

function loadFormulas(w: Workload, r: ExplainedResult): Formula[] {
  const brokers = term('N', String(r.brokers));
  const peak = term('peak write', num(w.peak));
  const perBroker = r.perBroker;
  const limits = (Object.keys(resourceLabels) as (keyof typeof resourceLabels)[]).flatMap((id) => {
    const value = r.maxWritePeakByResource[id];
    return value === undefined ? [] : [`${resourceLabels[id]} ${num(value)}`];
  });
  return [
    failureMultiplierFormula(w, r),
    formula(
      'Network in',
      'network in per broker',
      [peak, ' MB/s × ', term(w.express ? 'client share' : w.tiered ? 'RF + remote reads' : 'RF', num(w.inFactor)), ' / ', brokers],
      `${num(perBroker.networkInMBps)} MB/s`,
    ),
    formula(
      'Network out',
      'network out per broker',
      [peak, ' MB/s × ', term('egress factor', num(w.outFactor)), ' / ', brokers],
      `${num(perBroker.networkOutMBps)} MB/s`,
    ),
    formula(
      'Disk',
      'disk per broker',
      [term('disk write', `write ${num(perBroker.diskWriteMBps)}`), ' + ', term('disk read', `read ${num(perBroker.diskReadMBps)}`)],
      `${num(perBroker.diskWriteMBps + perBroker.diskReadMBps)} MB/s`,
    ),
    formula(
      'Largest peak write within the caps',
      'max peak write',
      ['min(', term('cap × capacity × N / (multiplier × factor) per resource; storage: fill × disk × N held at the peak-to-average ratio', limits.join(', ')), ')'],
      `${num(r.maxWritePeakMBps)} MB/s${r.maxWritePeakResource === null ? '' : `, set by ${resourceLabels[r.maxWritePeakResource as keyof typeof resourceLabels] ?? r.maxWritePeakResource}`}`,
    ),
  ];
}

function storageFormulas(w: Workload, r: ExplainedResult): Formula[] {
  const { storage } = r;
  const rf = term('RF', `RF ${w.rf}`);
  const average = term('average write', num(w.avg));
  const heldParts: FormulaPart[] = [average, ' MB/s × ', term('local retention', num(w.localHours)), ` h × ${SECONDS_PER_HOUR} × `, rf, ` / ${MB_PER_GB}`];
  const overheadParts: FormulaPart[] = [
    term('partition replicas', String(w.partitionReplicas)),
    ` × ${LINGERING_SEGMENT_SHARE} × `,
    term('roll interval = min(segment.bytes, average write / partitions × segment.ms)', `${num(w.rollGB)} GB`),
    ' + ',
    average,
    ' MB/s × ',
    rf,
    ' × ',
    term('retention check', `${rulesOfThumb.retentionCheckSeconds.value} s`),
    ` / ${MB_PER_GB}`,
  ];
  const perBrokerParts: FormulaPart[] = [
    '(',
    term('held', whole(storage.clusterGB)),
    ' + ',
    term('overhead', whole(storage.overheadGB)),
    ') GB / (',
    term('N', String(r.brokers)),
    ' × ',
    term('fill', num(w.values.fill)),
    ')',
  ];
  return [
    formula('Held by all replicas', 'held', heldParts, `${whole(storage.clusterGB)} GB`),
    formula('Overhead', 'overhead', overheadParts, `${whole(storage.overheadGB)} GB`),
    formula('Disk per broker', 'disk per broker', perBrokerParts, `${whole(storage.provisionedPerBrokerGB)} GB`),
    statement(
      'Longest local retention',
      'longest local retention',
      storage.maxLocalRetentionHours === null ? 'no per-broker storage limit' : `${num(storage.maxLocalRetentionHours)} h`,
    ),
  ];
}

function crossAzFormulas(w: Workload, r: ExplainedResult): Formula[] {
  const { crossAz } = r;
  const zones = term('Z', String(w.zones));
  const semantics = crossAz.billing === 'msk' ? 'Amazon MSK: replication between brokers is not billed' : 'self-managed: replication across zones is billed';
  return [
    statement('Billing semantics', 'billing', `${semantics} (from the ${crossAz.billingFrom})`),
    statement('Replica placement', 'placement', placementStatement(w.rf, w.zones)),
    formula('Produce', 'produce', [term('average write', num(w.avg)), ' × (', zones, ' − 1) / ', zones], `${num(crossAz.terms.produceMBps)} MB/s`),
    statement('Replication', 'replication', `${num(crossAz.terms.replicationMBps)} MB/s${crossAz.replicationBilled ? '' : ' (not billed on MSK)'}`),
    statement('Consume', 'consume', `${num(crossAz.terms.consumeMBps)} MB/s${w.values['fetch-from-follower'] ? ' (fetch from follower)' : ''}`),
    formula(
      'Per month',
      'cross-zone cost',
      [
        term('cross-zone rate', num(crossAz.MBps)),
        ` MB/s × ${SECONDS_PER_HOUR} × ${HOURS_PER_MONTH} / ${MB_PER_GB}`,
        numericOnly(` = ${whole(crossAz.monthlyGB)}`),
        ' GB × $',
        term('price', String(w.broker.crossAzPricePerGB)),
      ],
      money(crossAz.monthlyCost),
    ),
    statement(
      'Consumers on leaders vs fetch from follower',
      'cost on leaders vs with fetch from follower',
      `${money(crossAz.withoutFetchFromFollower.monthlyCost)} vs ${money(crossAz.withFetchFromFollower.monthlyCost)} per month`,
    ),
  ];
}

function costFormulas(w: Workload, r: ExplainedResult): Formula[] {
  const { monthly } = r.cost;
  const b = w.broker;
  return [
    formula(
      'Brokers',
      'brokers cost',
      [term('N', String(r.brokers)), ' × $', term('price', String(b.priceHour)), `/h × ${HOURS_PER_MONTH} h`],
      money(monthly.brokers),
    ),
    statement('Block storage', 'block storage cost', `${money(monthly.storage)} at $${num(b.storagePricePerGBMonth)}/GB-month`),
    formula(
      'Tiered storage',
      'tiered storage cost',
      [term('tiered', whole(r.storage.tieredGB)), ' GB × $', term('price', String(b.tieredPricePerGBMonth)), '/GB-month'],
      money(monthly.tiered),
    ),
    statement(
      'Provisioned throughput',
      'provisioned throughput cost',
      `${money(monthly.throughput)} for ${num(r.cost.provisioned.throughputMBps)} MB/s per broker (${num(b.includedDiskMBps)} MB/s included${b.volumes > 1 ? ` over ${b.volumes} volumes` : ''})`,
    ),
    ...(b.iops === null
      ? []
      : [
          formula(
            'Provisioned IOPS (gp3)',
            'IOPS cost',
            [
              'N × volumes × (max(',
              term('included IOPS', String(b.iops.includedPerVolume)),
              ', ',
              term('throughput per volume', `${num(r.cost.provisioned.throughputMBps / b.volumes)} MB/s`),
              ' / ',
              term('MB/s per IOPS', num(b.iops.MBpsPerIops)),
              ') − ',
              term('included IOPS', String(b.iops.includedPerVolume)),
              ') × $',
              term('price', String(b.iops.pricePerMonth)),
              '/IOPS-month',
            ],
            money(monthly.iops),
          ),
        ]),
    statement('Total', 'total', money(monthly.total)),
  ];
}

/** Every formula of the result, grouped under the explain panel's headings. */
export function explainSections(w: Workload, r: ExplainedResult, constraintFormulas: Formula[]): FormulaSection[] {
  const recommendation = formula(
    'Recommendation',
    'brokers',
    ['max of the counted constraints, rounded up to a multiple of ', term('Z', String(w.zones)), ' zones'],
    String(r.recommendedBrokers),
  );
  return [
    { title: explainTitles.constraints, formulas: [...constraintFormulas, recommendation] },
    { title: explainTitles.load(r.brokers), formulas: loadFormulas(w, r) },
    { title: explainTitles.storage, formulas: storageFormulas(w, r) },
    { title: explainTitles.crossAz, formulas: crossAzFormulas(w, r) },
    { title: explainTitles.cost, formulas: costFormulas(w, r) },
  ];
}
