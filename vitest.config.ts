/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests beside the code in src/, and component tests through Astro's
// Container API, which must run in the node environment.
export default getViteConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/unit/**/*.test.ts'],
  },
});
