import { describe, expect, it } from 'vitest';
import { allowStyleAttributes, type StyleCspTarget } from './allowStyleAttributes';

function recorder() {
  const calls: string[] = [];
  const csp: StyleCspTarget = {
    insertStyleHash: (entry) => calls.push(`hash ${entry.kind} ${entry.hash}`),
    insertStyleResource: (entry) => calls.push(`resource ${entry.kind} ${entry.resource}`),
  };
  return { csp, calls };
}

describe('allowStyleAttributes', () => {
  it("adds 'unsafe-hashes' once and every hash to style-src-attr", () => {
    const { csp, calls } = recorder();
    allowStyleAttributes(csp, ['sha256-a', 'sha256-b']);
    expect(calls).toEqual(["resource attribute 'unsafe-hashes'", 'hash attribute sha256-a', 'hash attribute sha256-b']);
  });

  it('adds nothing for a body without style attributes, or when CSP is off (dev)', () => {
    const { csp, calls } = recorder();
    allowStyleAttributes(csp, []);
    allowStyleAttributes(csp, undefined);
    allowStyleAttributes(undefined, ['sha256-a']);
    expect(calls).toEqual([]);
  });

  it('says what is wrong when the frontmatter field is not a hash list', () => {
    const { csp } = recorder();
    expect(() => allowStyleAttributes(csp, ['margin:0'])).toThrow(/styleAttributeHashes .* "sha256-\.\.\." strings/);
  });
});
