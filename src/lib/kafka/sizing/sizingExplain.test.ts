import { describe, expect, it } from 'vitest';
import { defaultValues } from '../../inputs/fieldSpec';
import { numericText, type Formula } from '../../calculators/formula';
import { formatMoney, formatNumber, formatWhole } from '../../calculators/format';
import { constraintIds, constraintLabels, evaluateCluster, sizeCluster, type SizingResult } from './sizeCluster';
import { sizingSpec, type SizingValues } from './sizingFields';

const defaults = defaultValues(sizingSpec);
const inputs = (overrides: Partial<SizingValues>): SizingValues => ({ ...defaults, ...overrides });

function find(result: SizingResult, name: string, section = 0): Formula {
  const formula = result.explain[section]?.formulas.find((item) => item.name === name);
  if (!formula) throw new Error(`no formula "${name}" in section ${section}`);
  return formula;
}

/** Evaluate the arithmetic of a substituted text once units, labels and separators are dropped. */
function evaluateText(text: string): number {
  const expression = text
    .replace(/,/g, '')
    .replace(/×/g, '*')
    .replace(/−/g, '-')
    .replace(/[$]/g, '')
    .replace(/MB\/s|\/h\b|\bh\b|\bGB\b|\bRF\b/g, '');
  if (!/^[\d\s.+\-*/()]+$/.test(expression)) throw new Error(`not plain arithmetic: ${expression}`);
  return Function(`"use strict"; return (${expression});`)() as number;
}

function checkAgainstResult(result: SizingResult) {
  it('has one formula per constraint whose numeric text is the constraint formula and whose result is the rounded count', () => {
    for (const id of constraintIds) {
      const constraint = result.constraints[id];
      const formula = find(result, constraint.label);
      expect(result.constraints[id].formula.startsWith(numericText(formula)), id).toBe(true);
      if (constraint.brokersRounded > 0 || !constraint.formula.startsWith('not a limit')) {
        expect(formula.result, id).toBe(String(constraint.brokersRounded));
      }
      if (formula.substituted.includes('= ceil(')) expect(formula.substituted, id).toContain(`= ceil(${formatNumber(constraint.brokersNeeded)})`);
    }
    expect(find(result, 'Recommendation').result).toBe(String(result.recommendedBrokers));
  });

  it('states the per-broker load, storage and cost results the model computed', () => {
    expect(find(result, 'Network in', 1).result).toBe(`${formatNumber(result.perBroker.networkInMBps)} MB/s`);
    expect(find(result, 'Network out', 1).result).toBe(`${formatNumber(result.perBroker.networkOutMBps)} MB/s`);
    expect(find(result, 'Failure multiplier', 1).result).toMatch(new RegExp(`^${formatNumber(result.utilization.failureMultiplier)}`));
    const limiting = result.maxWritePeakResource === null ? '' : `, set by ${constraintLabels[result.maxWritePeakResource].toLowerCase()}`;
    expect(find(result, 'Largest peak write within the caps', 1).result).toBe(`${formatNumber(result.maxWritePeakMBps)} MB/s${limiting}`);
    expect(find(result, 'Held by all replicas', 2).result).toBe(`${formatWhole(result.storage.clusterGB)} GB`);
    expect(find(result, 'Overhead', 2).result).toBe(`${formatWhole(result.storage.overheadGB)} GB`);
    expect(find(result, 'Disk per broker', 2).result).toBe(`${formatWhole(result.storage.provisionedPerBrokerGB)} GB`);
    expect(find(result, 'Produce', 3).result).toBe(`${formatNumber(result.crossAz.terms.produceMBps)} MB/s`);
    expect(find(result, 'Per month', 3).result).toBe(formatMoney(result.crossAz.monthlyCost));
    expect(find(result, 'Brokers', 4).result).toBe(formatMoney(result.cost.monthly.brokers));
    expect(find(result, 'Total', 4).result).toBe(formatMoney(result.cost.monthly.total));
  });

  it('substitutes numbers whose arithmetic gives the stated result', () => {
    const close = (name: string, section: number, expected: number) => {
      const value = evaluateText(find(result, name, section).substituted);
      expect(Math.abs(value - expected), name).toBeLessThanOrEqual(Math.max(0.01, Math.abs(expected) * 0.002));
    };
    close('Network in', 1, result.perBroker.networkInMBps);
    close('Network out', 1, result.perBroker.networkOutMBps);
    close('Held by all replicas', 2, result.storage.clusterGB);
    close('Produce', 3, result.crossAz.terms.produceMBps);
    close('Brokers', 4, result.cost.monthly.brokers);
  });

  it('never shows a number in place of a name in the symbolic text of the inputs', () => {
    for (const section of result.explain) {
      for (const formula of section.formulas) {
        expect(formula.symbolic, formula.name).not.toMatch(/NaN|Infinity|undefined/);
        expect(numericText(formula), formula.name).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });
}

describe('explain formulas for the default inputs', () => {
  const result = sizeCluster(defaults);
  checkAgainstResult(result);

  it('reads the network-out constraint symbolically and with the numbers', () => {
    const formula = find(result, 'Network out');
    expect(formula.symbolic).toBe('brokers = ceil(Z/(Z − 1) × peak write MB/s × (fan-out + RF − 1) / (utilization × network out MB/s))');
    expect(numericText(formula)).toBe(result.constraints.networkOut.formula);
  });

  it('has the headings of the explain panel, in order', () => {
    expect(result.explain.map((section) => section.title)).toEqual([
      'Brokers needed per constraint',
      `Load per broker at ${result.brokers} brokers`,
      'Storage',
      'Cross-zone traffic (average rates)',
      'Monthly cost',
    ]);
  });
});

describe('explain formulas for the hand-checked workload', () => {
  const result = sizeCluster(inputs({ 'write-peak': 100, fanout: 3 }));
  checkAgainstResult(result);

  it('keeps the constraint texts the tests pin', () => {
    expect(numericText(find(result, 'Network out'))).toBe('ceil(3/2 × 100 MB/s × (fan-out 3 + RF 3 − 1) / (0.8 × 468.8 MB/s)) = ceil(2) = 2');
    expect(numericText(find(result, 'Minimum'))).toBe('max(3, RF 3) = 3');
    expect(find(result, 'Minimum').symbolic).toBe('brokers = max(3, RF)');
  });
});

describe('explain formulas for an MSK Express broker type', () => {
  const result = sizeCluster(inputs({ instance: 'express.m7g.4xlarge', 'write-peak': 100, fanout: 2 }));
  checkAgainstResult(result);

  it('counts client traffic only and names the managed limits', () => {
    expect(result.brokerType.storage).toBe('msk-express');
    expect(find(result, 'Network in').substituted).toContain('client ingress only');
    expect(find(result, 'Network in', 1).substituted).toBe(`100 MB/s × 1 / ${result.brokers}`);
    expect(find(result, 'Network out', 1).substituted).toBe(`100 MB/s × 2 / ${result.brokers}`);
    expect(numericText(find(result, 'Storage'))).toBe('not a limit: MSK Express has no per-broker storage limit');
    expect(numericText(find(result, 'Disk throughput'))).toBe('not a limit: MSK Express manages its storage throughput');
  });
});

describe('explain formulas in evaluate mode with one broker down', () => {
  const result = evaluateCluster(inputs({ failure: 'broker', 'write-peak': 50 }), 6);
  checkAgainstResult(result);

  it('fills the failure multiplier with the evaluated count', () => {
    expect(numericText(find(result, 'Failure multiplier', 1))).toBe('6 / 5 = 1.2');
    expect(find(result, 'Failure multiplier', 1).symbolic).toBe('multiplier = N / (N − 1)');
  });
});
