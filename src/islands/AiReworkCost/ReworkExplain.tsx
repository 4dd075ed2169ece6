/** The explain panel: every formula per model with the current numbers, where each price came from, and the assumptions. */
import { formatDollars } from '../../lib/calculators/format';
import type { Formula } from '../../lib/calculators/formula';
import type { PriceOrigin, ReworkReport } from '../../lib/ai/reworkReport';

const priceNames: [keyof ReworkReport['models'][number]['prices'], string][] = [
  ['inputPerMTok', 'Input'],
  ['outputPerMTok', 'Output'],
  ['cacheWritePerMTok', 'Cache write'],
  ['cacheReadPerMTok', 'Cache read'],
];

function FormulaList({ formulas }: { formulas: readonly Formula[] }) {
  return (
    <dl class="mt-2 space-y-2">
      {formulas.map((formula) => (
        <div key={formula.name}>
          <dt class="font-semibold">{formula.name}</dt>
          <dd class="font-mono text-xs break-words">
            {formula.symbolic}
            <br />= {formula.substituted}
            <br />= <strong>{formula.result}</strong>
          </dd>
        </div>
      ))}
    </dl>
  );
}

function PriceSource({ price }: { price: PriceOrigin }) {
  if (price.origin === 'entered') return <span>entered by you</span>;
  return (
    <span>
      catalog, read {price.readOn}
      {price.sourceUrl && (
        <>
          {' '}
          from{' '}
          <a href={price.sourceUrl} rel="noopener noreferrer" class="underline">
            {new URL(price.sourceUrl).hostname}
          </a>
        </>
      )}
      {price.note && <span class="block text-muted">{price.note}</span>}
    </span>
  );
}

export function ReworkExplain({ report }: { report: ReworkReport }) {
  const breakEvenFormulas = report.comparison.breakEven.flatMap((pair) => (pair.formula ? [pair.formula] : []));
  return (
    <details class="rounded-lg border border-border bg-surface p-4">
      <summary class="cursor-pointer font-semibold">Explain: every formula with your numbers</summary>
      <p class="mt-2 text-sm text-muted">
        Symbols: I and O input and output tokens per turn, h and w the shares of input read from and written to the
        cache, T turns per attempt, R extra turns per rejected attempt, a first-pass acceptance, q share of rejected
        attempts abandoned, S and V minutes to specify and to review, H cost per hour, n tasks per month. Prices are
        US dollars per million tokens.
      </p>
      {report.comparison.models.map((model) => (
        <section key={model.key} class="mt-4" aria-label={`Formulas for ${model.label}`}>
          <h4 class="font-semibold">{model.label}</h4>
          <table class="mt-1 text-sm">
            <caption class="sr-only">Prices used for {model.label}</caption>
            <tbody>
              {priceNames.map(([key, name]) => {
                const price = report.models.find((entry) => entry.key === model.key)?.prices[key];
                return price ? (
                  <tr key={key} class="align-top">
                    <th scope="row" class="pr-3 text-left font-normal">
                      {name}
                    </th>
                    <td class="pr-3 tabular-nums">{formatDollars(price.perMTok)}/M</td>
                    <td class="wrap-anywhere">
                      <PriceSource price={price} />
                    </td>
                  </tr>
                ) : null;
              })}
            </tbody>
          </table>
          <FormulaList formulas={model.formulas} />
        </section>
      ))}
      {breakEvenFormulas.length > 0 && (
        <section class="mt-4" aria-label="Break-even formulas">
          <h4 class="font-semibold">Break-even</h4>
          <p class="text-sm text-muted">
            Cost per accepted change has the form α + β/a; the acceptance at which one model matches the other's
            current cost C* is β / (C* − α).
          </p>
          <FormulaList formulas={breakEvenFormulas} />
        </section>
      )}
      <h4 class="mt-4 font-semibold">Assumptions</h4>
      <ul class="mt-1 list-disc space-y-1 pl-5 text-sm">
        {report.assumptions.map((assumption) => (
          <li key={assumption}>{assumption}</li>
        ))}
      </ul>
    </details>
  );
}
