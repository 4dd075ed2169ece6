import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './serveArgs';

describe('parseServeArgs', () => {
  it('defaults to 127.0.0.1:4321 over dist', () => {
    expect(parseServeArgs([])).toEqual({ host: '127.0.0.1', port: 4321, dir: 'dist', help: false });
  });

  it('reads --port, --host, --dir and --help', () => {
    expect(parseServeArgs(['--port', '8080', '--host', '0.0.0.0', '--dir=out', '--help'])).toEqual({ host: '0.0.0.0', port: 8080, dir: 'out', help: true });
  });

  it('rejects a bad port and an unknown flag', () => {
    expect(() => parseServeArgs(['--port', '80a'])).toThrow('--port must be a whole number from 0 to 65535, got "80a"');
    expect(() => parseServeArgs(['--port', '70000'])).toThrow('--port must be a whole number');
    expect(() => parseServeArgs(['--verbose'])).toThrow(/verbose/);
  });
});
