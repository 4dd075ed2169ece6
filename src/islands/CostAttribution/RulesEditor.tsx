/**
 * The ordered mapping rules, their errors, and which rule maps each topic. The rules' syntax is
 * read here (linear, no regex is run); which rule maps each topic comes from the worker's last
 * allocation, so no user regex ever runs on the page.
 */
import { useMemo, useState } from 'preact/hooks';
import type { TopicResult } from '../../lib/kafka/attribution/model';
import { parseMappingRules } from '../../lib/kafka/attribution/teamMapping';
import { CheckedTextarea } from './CheckedTextarea';

/** One topic as the last allocation mapped it. */
export type RuleTestRow = Pick<TopicResult, 'topic' | 'team' | 'internal' | 'match' | 'ruleLine'>;

const SOURCE_LABELS = { exact: 'exact rule', owner: 'owner column', regex: 'regex rule', prefix: 'prefix rule', unmapped: 'no rule' } as const;
const SHOWN = 50;

export interface RulesEditorProps {
  id: string;
  rules: string;
  /** The topics as the last allocation mapped them; internal topics go to Platform unless an exact rule names them. */
  topics: readonly RuleTestRow[];
  /** True while an allocation with newer rules or inputs runs: the topics shown are from the one before. */
  stale: boolean;
  /** The message for a rule line whose regex ran past its time budget, shown with the line's other problems. */
  slowRule: string | undefined;
  onInput: (text: string) => void;
  onDownload: () => void;
}

export function RulesEditor({ id, rules, topics, stale, slowRule, onInput, onDownload }: RulesEditorProps) {
  const [filter, setFilter] = useState('');
  const parsed = useMemo(() => parseMappingRules(rules), [rules]);
  const errors = useMemo(() => [...parsed.errors.map((error) => `${error} (this rule is ignored until fixed)`), ...(slowRule ? [slowRule] : [])], [parsed, slowRule]);
  const matches = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return topics.filter((t) => needle === '' || t.topic.toLowerCase().includes(needle));
  }, [topics, filter]);
  return (
    <div>
      <CheckedTextarea
        id={id}
        label="Topic-to-team rules"
        labelClass="block font-semibold"
        hint={
          <>
            One per line: <code>exact:topic =&gt; team</code>, <code>regex:^([a-z]+)\. =&gt; $1</code>, <code>prefix:search. =&gt; search</code>. Exact rules win, then the usage CSV’s
            owner column, then regex rules in order, then the longest prefix.
          </>
        }
        rows={6}
        value={rules}
        errors={errors}
        onInput={onInput}
      />
      <button type="button" class="mt-2 rounded border border-border px-2 py-0.5 text-sm" onClick={onDownload}>
        Save rules to a file
      </button>
      {topics.length > 0 && (
        <details class="mt-3">
          <summary class="cursor-pointer font-semibold">Test the rules against your {topics.length} topics</summary>
          <label class="mt-2 block text-sm" for={`${id}-filter`}>
            Filter topics
          </label>
          <input id={`${id}-filter`} type="search" class="rounded border border-border bg-bg px-2 py-1 text-sm text-fg" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} />
          <div class={`mt-2 max-h-72 overflow-auto${stale ? ' opacity-60' : ''}`} aria-busy={stale}>
            <table class="min-w-full text-left text-sm">
              <caption class="sr-only">Which rule maps each topic</caption>
              <thead>
                <tr class="border-b border-border">
                  <th scope="col" class="py-1 pr-4">Topic</th>
                  <th scope="col" class="py-1 pr-4">Team</th>
                  <th scope="col" class="py-1 pr-4">Matched by</th>
                </tr>
              </thead>
              <tbody>
                {matches.slice(0, SHOWN).map(({ topic, team, internal, match, ruleLine }) => {
                  const platform = internal && match !== 'exact';
                  return (
                    <tr key={topic} class="border-b border-border">
                      <td class="py-1 pr-4 font-mono">{topic}</td>
                      <td class="py-1 pr-4">{team}</td>
                      <td class="py-1 pr-4">
                        {platform ? 'internal topic' : SOURCE_LABELS[match]}
                        {!platform && ruleLine !== undefined && <span class="text-muted"> (line {ruleLine})</span>}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {matches.length > SHOWN && <p class="text-sm text-muted">Showing {SHOWN} of {matches.length}; filter to find others.</p>}
          </div>
        </details>
      )}
    </div>
  );
}
