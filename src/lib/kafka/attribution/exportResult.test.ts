import { describe, expect, it } from 'vitest';
import { allocateCosts } from './allocateCosts';
import { attributionToJson, lineItemsToCsv, writeAttributionJson, writeLineItemsCsv } from './exportResult';
import { DEFAULT_POLICIES } from './model';
import { parseMappingRules } from './teamMapping';

describe('exports', () => {
  const result = allocateCosts({
    bill: [{ pool: 'ingress', amountCents: 1000n }],
    topics: [
      { topic: 'a', bytesIn: 1n },
      { topic: 'b', bytesIn: 2n },
    ],
    rules: parseMappingRules('exact:a => team, with comma').rules,
    policies: DEFAULT_POLICIES,
  });

  it('writes one CSV row per line with the exact share and quoted fields', () => {
    // 1000 × 1/3 = 333.33, 1000 × 2/3 = 666.67: the leftover cent goes to b
    expect(lineItemsToCsv(result)).toBe(
      'pool,topic,team,driver,driver_value,share,amount,method\r\n' +
        'ingress,a,"team, with comma",bytes_in,1,0.3333333333,3.33,proportional\r\n' +
        'ingress,b,Unallocated,bytes_in,2,0.6666666667,6.67,proportional\r\n',
    );
  });

  it('writes JSON with cents as numbers', () => {
    const json = attributionToJson(result);
    expect(json.totalCents).toBe(1000);
    expect(json.topics).toEqual([
      { topic: 'a', team: 'team, with comma', internal: false, amountCents: 333, pools: { ingress: 333 } },
      { topic: 'b', team: 'Unallocated', internal: false, amountCents: 667, pools: { ingress: 667 } },
    ]);
    expect(json.teams).toEqual([
      { team: 'Unallocated', kind: 'unallocated', amountCents: 667 },
      { team: 'team, with comma', kind: 'team', amountCents: 333 },
    ]);
    expect(json.lines[1]).toMatchObject({ share: '0.6666666667', roundingAdjCents: 1 });
  });

  it('streams the same JSON and CSV text in chunks, past one chunk of lines and with empty arrays', () => {
    const topics = Array.from({ length: 12_345 }, (_, i) => ({ topic: `t${String(i).padStart(5, '0')}`, bytesIn: BigInt(1 + (i % 7)) }));
    const large = allocateCosts({ bill: [{ pool: 'ingress', amountCents: 99_999n }], topics, rules: [], policies: DEFAULT_POLICIES });
    for (const [subject, warnings] of [[large, ['one warning']], [result, []]] as const) {
      const json: string[] = [];
      writeAttributionJson(subject, warnings, (chunk) => json.push(chunk));
      expect(json.join('')).toBe(`${JSON.stringify({ ...attributionToJson(subject), warnings }, null, 2)}\n`);
      const csv: string[] = [];
      writeLineItemsCsv(subject, (chunk) => csv.push(chunk));
      expect(csv.join('')).toBe(lineItemsToCsv(subject));
    }
  });
});
