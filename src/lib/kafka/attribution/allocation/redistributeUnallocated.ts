import { POOL_INDEX, splitDetails } from '../allocatedLine';
import { splitWeights } from '../largestRemainder';
import { POOL_IDS, POOL_LABELS } from '../pools';
import { addLine, addLines, isPositive } from './booking';
import type { AllocationContext } from './context';
import { tieRotation } from './tieBreak';

/** Step, under the redistribute policy: moves each unmapped topic's cents, pool by pool, to mapped topics in proportion to theirs. */
export function redistributeUnallocated(context: AllocationContext): void {
  const { ledger, byName } = context;
  if (context.policies.unallocated !== 'redistribute') return;
  const unmapped = byName.filter((object) => object.unmapped);
  const mapped = byName.filter((object) => !object.unmapped);
  if (unmapped.length === 0) return;
  for (const pool of POOL_IDS) {
    const index = POOL_INDEX.get(pool)!;
    const moved = BigInt(unmapped.reduce((sum, object) => sum + ledger.get(object.row, index), 0));
    if (moved === 0n) continue;
    const weights = mapped.map((object) => BigInt(Math.abs(ledger.get(object.row, index))));
    if (!weights.some(isPositive)) {
      context.warnings.push(`${POOL_LABELS[pool]}: no mapped topic has any of this pool, so the unmapped topics' ${moved} cents stay Unallocated`);
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
      addLine(context, object, details, cents, 0n, 1n, 0);
    }
    const split = splitWeights(moved, mapped, weights, 'by-id', tieRotation(context.policies));
    const details = splitDetails(pool, {
      driver: 'this pool’s allocated cost',
      driverScale: 100n,
      totalWeight: split.totalWeight,
      splitCents: moved,
      method: 'unallocated-redistributed',
      fallbackTier: 0,
      note: 'Share of the unmapped topics’ cost, by this topic’s cost in the pool',
    });
    addLines(context, details, mapped, weights, weights, split);
  }
}
