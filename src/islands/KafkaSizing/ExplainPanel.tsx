/** Every formula of the result with the current numbers filled in, as the model states them. */
import { numericText, type Formula } from '../../lib/calculators/formula';
import type { SizingResult } from '../../lib/kafka/sizing/sizeCluster';

function FormulaLine({ formula }: { formula: Formula }) {
  return (
    <li>
      <span class="font-medium">{formula.name}: </span>
      <code class="break-words text-sm">{numericText(formula)}</code>
      {formula.substituted === '' ? null : <span class="block text-xs text-muted">{formula.symbolic}</span>}
    </li>
  );
}

export function ExplainPanel({ result }: { result: SizingResult }) {
  return (
    <details class="rounded border border-border p-3" open>
      <summary class="cursor-pointer font-semibold">Explain: every formula with the current numbers</summary>
      {result.explain.map((section) => (
        <section key={section.title}>
          <h3 class="mt-3 text-base font-semibold">{section.title}</h3>
          <ul class="mt-1 space-y-1">
            {section.formulas.map((formula) => (
              <FormulaLine key={formula.name} formula={formula} />
            ))}
          </ul>
        </section>
      ))}
    </details>
  );
}
