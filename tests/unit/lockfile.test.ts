/**
 * The lock must install on the machines authors write on, not only on the
 * Linux box it was generated on. npm records an optional platform package only
 * when it resolved it (npm/cli#4828), and a lock without, say, the darwin-arm64
 * Tailwind binding makes `npm install` on a Mac fail with "Cannot find module".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

interface NativeFamily {
  /** Lock key of the package that declares the platform bindings. */
  parent: string;
  bindings: string[];
}

/** Platforms every native family must serve: both Macs and 64-bit Windows. */
const REQUIRED_PLATFORMS = [/darwin-arm64/, /darwin-(x64|amd64)/, /(win32|windows)-x64/];
const PLATFORM_NAME = /darwin|linux|win32|windows|wasm|freebsd|android/;

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockedPackage>;
};

/** Parents with several platform bindings; single-binding packages such as @img/sharp-darwin-arm64 are bindings themselves. */
function nativeFamilies(packages: Record<string, LockedPackage>): NativeFamily[] {
  return Object.entries(packages)
    .map(([parent, entry]) => ({
      parent,
      bindings: Object.keys(entry.optionalDependencies ?? {}).filter((name) => PLATFORM_NAME.test(name)),
    }))
    .filter((family) => family.bindings.length > 1);
}

/** npm hoists a binding to the top level or nests it under its parent. */
function isLocked(packages: Record<string, LockedPackage>, parent: string, binding: string): boolean {
  return [`node_modules/${binding}`, `${parent}/node_modules/${binding}`].some((key) => packages[key]?.version);
}

const families = nativeFamilies(lock.packages);

describe('package-lock.json serves every OS', () => {
  it('finds the native families the site depends on', () => {
    const parents = families.map((family) => family.parent);
    for (const expected of ['node_modules/@tailwindcss/oxide', 'node_modules/pagefind', 'node_modules/esbuild']) {
      expect(parents).toContain(expected);
    }
  });

  it.each(families.map((family) => [family.parent, family] as const))(
    '%s locks every binding it declares, including darwin, win32-x64 and wasm',
    (_parent, family) => {
      const missing = family.bindings.filter((binding) => !isLocked(lock.packages, family.parent, binding));
      expect(missing, `bindings of ${family.parent} absent from the lock`).toEqual([]);
      for (const platform of REQUIRED_PLATFORMS) {
        expect(
          family.bindings.some((binding) => platform.test(binding)),
          `${family.parent} declares no ${platform.source} binding`,
        ).toBe(true);
      }
    },
  );

  it('locks the wasm fallback wherever a family offers one', () => {
    const withWasm = families.filter((family) => family.bindings.some((binding) => binding.includes('wasm')));
    expect(withWasm.map((family) => family.parent)).toContain('node_modules/@tailwindcss/oxide');
    for (const family of withWasm) {
      const wasm = family.bindings.filter((binding) => binding.includes('wasm'));
      expect(wasm.every((binding) => isLocked(lock.packages, family.parent, binding))).toBe(true);
    }
  });
});
