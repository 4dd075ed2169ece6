import { describe, expect, it } from 'vitest';
import { cliHelpText, cliOptions, parseCliArgs } from './cliFlags';
import { demoSpec } from './testSpec';

const switches = [
  { name: 'json', help: 'Print JSON.' },
  { name: 'help', help: 'Show this help.' },
  { name: 'inputs', help: 'Read inputs from a file.', value: 'file' },
];

describe('parseCliArgs', () => {
  it('reads --name value, --name=value, bare booleans and switches', () => {
    const parsed = parseCliArgs(demoSpec, ['--rate', '12', '--mode=fast', '--cache', '--json'], switches);
    expect(parsed.errors).toEqual([]);
    expect(parsed.raw).toEqual({ rate: '12', mode: 'fast', cache: 'true' });
    expect([...parsed.switches]).toEqual([['json', '']]);
  });

  it('accepts an explicit boolean word after a boolean flag', () => {
    expect(parseCliArgs(demoSpec, ['--cache', 'false', '--rate', '3'], switches).raw).toEqual({
      cache: 'false',
      rate: '3',
    });
  });

  it('accepts a negative value so the bounds message can explain it', () => {
    expect(parseCliArgs(demoSpec, ['--rate', '-3'], switches).errors).toEqual([
      '--rate: Rate must be at least 0 MB/s.',
    ]);
  });

  it('names the flag in every error', () => {
    expect(parseCliArgs(demoSpec, ['--rat', '3', '--copies', 'x', '--rate', 'stray', '--nodes'], switches).errors).toEqual([
      'Unknown flag --rat (see --help for the list).',
      'Unexpected argument “3”: every input is a --flag (see --help).',
      '--copies: Copies must be a number; got “x”.',
      '--rate: Rate must be a number; got “stray”.',
      '--nodes needs a value (nodes).',
    ]);
  });

  it('reads a command option value, and reports a missing one', () => {
    expect([...parseCliArgs(demoSpec, ['--inputs', 'a.json', '--rate', '2'], switches).switches]).toEqual([['inputs', 'a.json']]);
    expect([...parseCliArgs(demoSpec, ['--inputs=b.json'], switches).switches]).toEqual([['inputs', 'b.json']]);
    expect(parseCliArgs(demoSpec, ['--inputs', '--json'], switches).errors).toEqual(['--inputs needs a value (file).']);
  });

  it('rejects a repeated flag and a value on a switch', () => {
    expect(parseCliArgs(demoSpec, ['--rate', '1', '--rate', '2', '--json=yes'], switches).errors).toEqual([
      '--rate is given more than once.',
      '--json takes no value.',
    ]);
  });
});

describe('parseCliArgs edge cases', () => {
  it('generates the parseArgs options from the spec and the switches', () => {
    expect(cliOptions(demoSpec, switches)).toEqual({
      rate: { type: 'string' },
      copies: { type: 'string' },
      nodes: { type: 'string' },
      cache: { type: 'boolean' },
      mode: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
      inputs: { type: 'string' },
    });
  });

  it('reads an inline boolean and an empty inline value', () => {
    expect(parseCliArgs(demoSpec, ['--cache=off'], switches).raw).toEqual({ cache: 'off' });
    expect(parseCliArgs(demoSpec, ['--cache=maybe', '--rate='], switches).errors).toEqual([
      '--cache: Cache must be true or false; got “maybe”.',
      '--rate: Rate is required.',
    ]);
  });

  it('does not take another flag as a value, and reads that flag', () => {
    const parsed = parseCliArgs(demoSpec, ['--rate', '--copies', '2', '--inputs', '--json'], switches);
    expect(parsed.errors).toEqual(['--rate needs a value (MB/s).', '--inputs needs a value (file).']);
    expect(parsed.raw).toEqual({ copies: '2' });
    expect([...parsed.switches]).toEqual([['json', '']]);
  });

  it('reports "--" and short options as unexpected, and keeps reading flags after them', () => {
    const parsed = parseCliArgs(demoSpec, ['--', '-x', '-abc', '--rate', '4', '-', '--cache', 'maybe'], switches);
    expect(parsed.errors).toEqual([
      'Unexpected argument “--”: every input is a --flag (see --help).',
      'Unexpected argument “-x”: every input is a --flag (see --help).',
      'Unexpected argument “-abc”: every input is a --flag (see --help).',
      'Unexpected argument “-”: every input is a --flag (see --help).',
      'Unexpected argument “maybe”: every input is a --flag (see --help).',
    ]);
    expect(parsed.raw).toEqual({ rate: '4', cache: 'true' });
  });
});

describe('cliHelpText', () => {
  it('lists every flag with its unit and default, grouped', () => {
    const help = cliHelpText(demoSpec, 'usage: demo [flags]', switches);
    expect(help.split('\n')).toEqual([
      'usage: demo [flags]',
      '',
      'Load:',
      '  --rate <MB/s>',
      '      Rate. Write rate. Default: 10.',
      '  --copies <>',
      '      Copies. Replicas. Default: 3.',
      'Cluster:',
      '  --nodes <nodes>',
      '      Nodes. Fixed node count. Default: not set.',
      '  --cache',
      '      Cache. Use a cache. Default: false.',
      '  --mode <fast|safe>',
      '      Mode. How to run. Default: safe.',
      'Other:',
      '  --json',
      '      Print JSON.',
      '  --help',
      '      Show this help.',
      '  --inputs <file>',
      '      Read inputs from a file.',
    ]);
  });
});
