import { defineConfig } from 'vitest/config';

// Unit tests sit next to the code they test. Renderer tests cover pure code (panel transforms, formatting).
export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 20000,
    pool: 'forks',
  },
});
