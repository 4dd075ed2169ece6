/**
 * Names typed by the reader are looked up in tables; a name that is also an
 * Object.prototype key (`constructor`, `__proto__`, `toString`) must be an
 * unknown name with a line number, never a table hit or a TypeError.
 */
import { describe, expect, it } from 'vitest';
import { parseByteQuantity } from '../attribution/exactNumbers';
import { parseBillCsv } from './billCsv';
import { parseConfluentCosts } from './confluentCloud';
import { ParseError } from './parseError';
import { poolForName } from './poolNames';
import { parseUsageCsv } from './usageCsv';

const PROTOTYPE_NAMES = ['constructor', 'Constructor', 'CONSTRUCTOR', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

describe('names that are Object.prototype keys', () => {
  it.each(PROTOTYPE_NAMES)('%s is no pool', (name) => {
    expect(poolForName(name)).toBeUndefined();
  });

  it.each(PROTOTYPE_NAMES)('a bill line for pool %s is refused with its line number', (name) => {
    const parse = () => parseBillCsv(`pool,amount\ncompute,100.00\n${name},5.00\n`);
    expect(parse).toThrow(ParseError);
    expect(parse).toThrow(`line 3: unknown pool "${name}"`);
  });

  it.each(['constructor', 'toString', '__proto__'])('capacity unit %s is refused with its line and column', (unit) => {
    expect(parseByteQuantity(`12${unit}`)).toBeUndefined();
    expect(() => parseBillCsv(`pool,amount,capacity\nlocal-storage,10.00,12${unit}\n`)).toThrow('line 2, column capacity');
  });

  it('a Confluent line_type named constructor is reported as left out, and the Kafka lines stay', () => {
    const parsed = parseConfluentCosts({
      data: [
        { line_type: 'KAFKA_STORAGE', amount: 10 },
        { line_type: 'constructor', amount: 3 },
      ],
    });
    expect(parsed.bill).toEqual([{ pool: 'local-storage', amountCents: 1000n }]);
    expect(parsed.warnings).toContain('constructor (3.00) is not a Kafka cluster cost and is left out');
  });

  it.each(['constructor', '__proto__', 'valueof'])('a usage column named %s is warned about as unknown and read as nothing', (column) => {
    const parsed = parseUsageCsv(`topic,bytes_in,${column}\norders,100,7\n`);
    expect(parsed.warnings).toContain(`usage CSV: ignored unknown column(s) ${column}`);
    expect(parsed.topics).toEqual([{ topic: 'orders', bytesIn: 100n }]);
    expect(Object.getPrototypeOf(parsed.topics[0])).toBe(Object.prototype);
  });
});
