/** Results: the reconciliation badge, team chart and table with drill-down, pools, topics, notes. */
import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { LineItem } from '../../lib/kafka/attribution/model';
import type { AttributionView } from './attributionSession';
import { POOL_LABELS } from '../../lib/kafka/attribution/pools';
import { formatMoney, formatShare } from './formatMoney';
import { LineDetail } from './LineDetail';
import { TeamChart } from './TeamChart';

const MATCH_LABELS = { exact: 'exact', owner: 'owner', regex: 'regex', prefix: 'prefix', unmapped: '—' } as const;
const TOPIC_ROWS = 100;

type SortKey = 'topic' | 'team' | 'amount';

export interface ResultsViewProps {
  id: string;
  view: AttributionView;
  /** The view is the last valid result, kept while an input cannot be read. */
  stale: boolean;
  warnings: string[];
  /** The line items behind one topic or policy line, fetched from the worker when opened. */
  loadLines: (object: string) => Promise<LineItem[]>;
}

export function ResultsView({ id, view: result, stale, warnings, loadLines }: ResultsViewProps) {
  const [openTeam, setOpenTeam] = useState<string | undefined>();
  const [openMember, setOpenMember] = useState<string | undefined>();
  const [openTopic, setOpenTopic] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'amount', descending: true });

  const objectTotals = result.objectTotals;
  const check = result.reconciliation;

  const topicRows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const rows = result.topics.filter((t) => needle === '' || t.topic.toLowerCase().includes(needle) || t.team.toLowerCase().includes(needle));
    const direction = sort.descending ? -1 : 1;
    return rows.sort((a, b) => {
      if (sort.key === 'amount') return a.amountCents === b.amountCents ? (a.topic < b.topic ? -1 : 1) : (a.amountCents < b.amountCents ? -1 : 1) * direction;
      const left = sort.key === 'topic' ? a.topic : a.team;
      const right = sort.key === 'topic' ? b.topic : b.team;
      return left === right ? 0 : (left < right ? -1 : 1) * direction;
    });
  }, [result, search, sort]);

  const teamTableId = `${id}-teams`;
  const toggleSort = (key: SortKey) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : key === 'amount' }));
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);

  return (
    <div data-stale={stale ? 'true' : 'false'}>
      {stale && (
        <p class="mt-2 rounded border border-warn bg-warn-soft p-2 font-semibold text-fg" data-testid="stale">
          Stale: the last valid result, from before an input stopped parsing. Fix or clear the marked input to recalculate.
        </p>
      )}
      <p class="mt-2 rounded border border-border bg-surface p-3 font-semibold" data-testid="reconciliation">
        Σ of {check.lineCount} lines = {formatMoney(check.lineSumCents)} {check.exact ? '=' : '≠'} bill {formatMoney(check.billCents)}{' '}
        {check.exact ? <span class="text-ok">✓ exact to the cent</span> : <span class="text-danger">✗ mismatch: report this with the inputs</span>}
      </p>

      <h3 class="mt-6 text-lg font-semibold">Per team</h3>
      <TeamChart teams={result.teams} tableId={teamTableId} />
      <div class="mt-3 overflow-x-auto">
        <table id={teamTableId} class="min-w-full text-left text-sm">
          <caption class="sr-only">Cost per team; open a team to see its topics and their lines</caption>
          <thead>
            <tr class="border-b border-border">
              <th scope="col" class="py-1.5 pr-4">Team</th>
              <th scope="col" class="py-1.5 pr-4">Kind</th>
              <th scope="col" class="py-1.5 pr-4 text-right">Amount</th>
              <th scope="col" class="py-1.5 pr-4 text-right">Share of bill</th>
            </tr>
          </thead>
          <tbody>
            {result.teams.map((team) => {
              const open = openTeam === team.team;
              return (
                <Fragment key={team.team}>
                  <tr class="border-b border-border">
                    <th scope="row" class="py-1.5 pr-4 font-normal">
                      <button type="button" class="text-left underline decoration-dotted" aria-expanded={open} onClick={() => setOpenTeam(open ? undefined : team.team)}>
                        {team.team}
                      </button>
                    </th>
                    <td class="py-1.5 pr-4">{team.kind}</td>
                    <td class="py-1.5 pr-4 text-right tabular-nums">{formatMoney(team.amountCents)}</td>
                    <td class="py-1.5 pr-4 text-right tabular-nums">{formatShare(team.amountCents, result.totalCents)}</td>
                  </tr>
                  {open && (
                    <tr>
                      <td colSpan={4} class="pb-3 pl-4">
                        <ul class="text-sm">
                          {team.members.map((member) => (
                            <li key={member} class="mt-1">
                              <button type="button" class="font-mono underline decoration-dotted" aria-expanded={openMember === member} onClick={() => setOpenMember(openMember === member ? undefined : member)}>
                                {member}
                              </button>{' '}
                              <span class="tabular-nums">{formatMoney(objectTotals.get(member) ?? 0n)}</span>
                              {openMember === member && <LineDetail topic={member} allocation={result} loadLines={loadLines} />}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3 class="mt-6 text-lg font-semibold">Per pool</h3>
      <div class="mt-2 overflow-x-auto">
        <table class="min-w-full text-left text-sm">
          <caption class="sr-only">Each pool of the bill, its share and how it was split</caption>
          <thead>
            <tr class="border-b border-border">
              <th scope="col" class="py-1.5 pr-4">Pool</th>
              <th scope="col" class="py-1.5 pr-4 text-right">Amount</th>
              <th scope="col" class="py-1.5 pr-4 text-right">Share of bill</th>
              <th scope="col" class="py-1.5 pr-4">Split by</th>
              <th scope="col" class="py-1.5 pr-4 text-right">Idle</th>
            </tr>
          </thead>
          <tbody>
            {result.pools.map((pool) => (
              <tr key={pool.pool} class="border-b border-border">
                <th scope="row" class="py-1.5 pr-4 font-normal">{POOL_LABELS[pool.pool]}</th>
                <td class="py-1.5 pr-4 text-right tabular-nums">{formatMoney(pool.amountCents)}</td>
                <td class="py-1.5 pr-4 text-right tabular-nums">{formatShare(pool.amountCents, result.totalCents)}</td>
                <td class="py-1.5 pr-4">
                  {pool.driver}
                  {pool.fallbackTier > 0 && <span class="ml-1 rounded bg-warn-soft px-1 text-fg">fallback tier {pool.fallbackTier}</span>}
                </td>
                <td class="py-1.5 pr-4 text-right tabular-nums">
                  {pool.idleCents !== 0n ? `${formatMoney(pool.idleCents)} (use ${(Number(pool.utilisation ?? '1') * 100).toFixed(1)}%)` : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 class="mt-6 text-lg font-semibold">Per topic</h3>
      <label for={`${id}-search`} class="mt-2 block text-sm">
        Search topics or teams
      </label>
      <input id={`${id}-search`} type="search" class="rounded border border-border bg-bg px-2 py-1 text-sm text-fg" value={search} onInput={(event) => setSearch(event.currentTarget.value)} />
      <div class="mt-2 overflow-x-auto">
        <table class="min-w-full text-left text-sm">
          <caption class="sr-only">Cost per topic; sort by a column, open a topic to see its lines</caption>
          <thead>
            <tr class="border-b border-border">
              <SortHeader label="Topic" sortKey="topic" ariaSort={ariaSort('topic')} onSort={toggleSort} />
              <SortHeader label="Team" sortKey="team" ariaSort={ariaSort('team')} onSort={toggleSort} />
              <th scope="col" class="py-1.5 pr-4">Mapped by</th>
              <SortHeader label="Amount" sortKey="amount" ariaSort={ariaSort('amount')} onSort={toggleSort} right />
              <th scope="col" class="py-1.5 pr-4 text-right">Share</th>
            </tr>
          </thead>
          <tbody>
            {topicRows.slice(0, TOPIC_ROWS).map((topic) => (
              <Fragment key={topic.topic}>
                <tr class="border-b border-border">
                  <th scope="row" class="py-1.5 pr-4 font-normal">
                    <button type="button" class="font-mono underline decoration-dotted" aria-expanded={openTopic === topic.topic} onClick={() => setOpenTopic(openTopic === topic.topic ? undefined : topic.topic)}>
                      {topic.topic}
                    </button>
                    {topic.internal && <span class="ml-1 text-muted">(internal)</span>}
                  </th>
                  <td class="py-1.5 pr-4">{topic.team}</td>
                  <td class="py-1.5 pr-4">
                    {MATCH_LABELS[topic.match]}
                    {topic.ruleLine !== undefined && <span class="text-muted"> line {topic.ruleLine}</span>}
                  </td>
                  <td class="py-1.5 pr-4 text-right tabular-nums">{formatMoney(topic.amountCents)}</td>
                  <td class="py-1.5 pr-4 text-right tabular-nums">{formatShare(topic.amountCents, result.totalCents)}</td>
                </tr>
                {openTopic === topic.topic && (
                  <tr>
                    <td colSpan={5}>
                      <LineDetail topic={topic.topic} allocation={result} loadLines={loadLines} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
        {topicRows.length > TOPIC_ROWS && (
          <p class="text-sm text-muted">
            Showing {TOPIC_ROWS} of {topicRows.length} topics; search to find others, or download the CSV for all lines.
          </p>
        )}
      </div>

      <details class="mt-6" data-testid="policies-followed">
        <summary class="cursor-pointer text-lg font-semibold">Policies this result followed</summary>
        <dl class="mt-2 space-y-1 text-sm">
          {result.policies.map((statement) => (
            <div key={statement.policy}>
              <dt class="inline font-semibold">{statement.label}: </dt>
              <dd class="inline">
                {statement.value}; {statement.meaning}
              </dd>
            </div>
          ))}
        </dl>
      </details>

      {warnings.length > 0 && (
        <>
          <h3 class="mt-6 text-lg font-semibold">Notes on the data and the policies</h3>
          <ul class="mt-2 space-y-1 text-sm">
            {warnings.map((warning, index) => (
              <li key={index} class="rounded border border-border bg-warn-soft p-2 text-fg">
                {warning}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SortHeader({ label, sortKey, ariaSort, onSort, right }: { label: string; sortKey: SortKey; ariaSort: 'ascending' | 'descending' | undefined; onSort: (key: SortKey) => void; right?: boolean }) {
  return (
    <th scope="col" class={`py-1.5 pr-4 ${right ? 'text-right' : ''}`} aria-sort={ariaSort}>
      <button type="button" class="font-semibold" onClick={() => onSort(sortKey)}>
        {label}
        <span aria-hidden="true">{ariaSort === 'ascending' ? ' ▲' : ariaSort === 'descending' ? ' ▼' : ' ↕'}</span>
      </button>
    </th>
  );
}
