import type { CalculatorSpec } from './fieldSpec';

const source = { label: 'test fixture' };

/** A small, non-Kafka spec that exercises every field kind in the tests. */
export const demoFields = [
  { name: 'rate', kind: 'number', label: 'Rate', unit: 'MB/s', min: 0, max: 1000, default: 10, help: 'Write rate.', group: 'Load', source },
  { name: 'copies', kind: 'integer', label: 'Copies', unit: '', min: 1, max: 5, default: 3, help: 'Replicas.', group: 'Load', source },
  { name: 'nodes', kind: 'integer', label: 'Nodes', unit: 'nodes', min: 1, max: 100, optional: true, help: 'Fixed node count.', group: 'Cluster', source },
  { name: 'cache', kind: 'boolean', label: 'Cache', default: false, help: 'Use a cache.', group: 'Cluster', source },
  {
    name: 'mode',
    kind: 'enum',
    label: 'Mode',
    options: [
      { value: 'fast', label: 'Fast' },
      { value: 'safe', label: 'Safe' },
    ],
    default: 'safe',
    help: 'How to run.',
    group: 'Cluster',
    source,
  },
] as const;

export const demoSpec: CalculatorSpec<typeof demoFields> = {
  fields: demoFields,
  crossChecks: (values) =>
    values.nodes !== undefined && values.copies > values.nodes
      ? [{ field: 'copies', message: `Copies (${values.copies}) cannot exceed nodes (${values.nodes})` }]
      : [],
};
