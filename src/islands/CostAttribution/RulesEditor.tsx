/** The ordered mapping rules, their errors, and which rule maps each topic. */
import { useMemo, useState } from 'preact/hooks';
import { DEFAULT_INTERNAL_TOPIC_PATTERNS, InternalTopicMatcher } from '../../lib/kafka/attribution/internalTopics';
import { PLATFORM_TEAM } from '../../lib/kafka/attribution/model';
import { parseMappingRules, TeamMapper } from '../../lib/kafka/attribution/teamMapping';
import { CheckedTextarea } from './CheckedTextarea';

export interface RuleTestRow {
  topic: string;
  owner?: string | undefined;
}

const SOURCE_LABELS = { exact: 'exact rule', owner: 'owner column', regex: 'regex rule', prefix: 'prefix rule', unmapped: 'no rule (Unallocated)' } as const;
const SHOWN = 50;

export interface RulesEditorProps {
  id: string;
  rules: string;
  topics: RuleTestRow[];
  /** The policies' extra internal topic globs, comma separated; internal topics go to Platform unless an exact rule names them. */
  internalPatterns: string;
  onInput: (text: string) => void;
  onDownload: () => void;
}

export function RulesEditor({ id, rules, topics, internalPatterns, onInput, onDownload }: RulesEditorProps) {
  const [filter, setFilter] = useState('');
  const parsed = useMemo(() => parseMappingRules(rules), [rules]);
  const matches = useMemo(() => {
    const mapper = new TeamMapper(parsed.rules);
    const internal = new InternalTopicMatcher([...DEFAULT_INTERNAL_TOPIC_PATTERNS, ...internalPatterns.split(',')]);
    const needle = filter.trim().toLowerCase();
    return topics
      .filter((t) => needle === '' || t.topic.toLowerCase().includes(needle))
      .map((t) => ({ topic: t.topic, match: mapper.resolve(t.topic, t.owner), internal: internal.isInternal(t.topic) }));
  }, [parsed, topics, filter, internalPatterns]);
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
        errors={parsed.errors.map((error) => `${error} (this rule is ignored until fixed)`)}
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
          <div class="mt-2 max-h-72 overflow-auto">
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
                {matches.slice(0, SHOWN).map(({ topic, match, internal }) => {
                  const platform = internal && match.source !== 'exact';
                  return (
                    <tr key={topic} class="border-b border-border">
                      <td class="py-1 pr-4 font-mono">{topic}</td>
                      <td class="py-1 pr-4">{platform ? PLATFORM_TEAM : (match.team ?? 'Unallocated')}</td>
                      <td class="py-1 pr-4">
                        {platform ? 'internal topic' : SOURCE_LABELS[match.source]}
                        {!platform && match.rule && <span class="text-muted"> (line {match.rule.line})</span>}
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
