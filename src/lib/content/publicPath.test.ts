import { describe, expect, it } from 'vitest';
import { resolvePublicPath } from './publicPath';

describe('resolvePublicPath', () => {
  it('decodes a path under public/ and drops its query and fragment', () => {
    expect(resolvePublicPath('/slides/My%20Talk.pdf?v=2#page=3')).toEqual({ ok: true, file: 'slides/My Talk.pdf' });
    expect(resolvePublicPath('/slides/./deck.pdf')).toEqual({ ok: true, file: 'slides/deck.pdf' });
  });

  it.each(['/slides/../../etc/passwd', '/slides/%2e%2e/%2e%2e/secret.pdf', '/slides/%2E%2E%2Fsecret.pdf', '/slides/..%5Csecret.pdf'])(
    'refuses %s, which climbs out of public/',
    (value) => {
      expect(resolvePublicPath(value)).toEqual({ ok: false, problem: `"${value}" climbs out of public/ with ".."` });
    },
  );

  it('names a malformed escape instead of throwing', () => {
    expect(resolvePublicPath('/slides/100%.pdf')).toEqual({ ok: false, problem: '"/slides/100%.pdf" has a malformed percent-escape' });
  });

  it('refuses protocol-relative and relative paths', () => {
    expect(resolvePublicPath('//evil.test/x.pdf').ok).toBe(false);
    expect(resolvePublicPath('slides/x.pdf').ok).toBe(false);
  });
});
