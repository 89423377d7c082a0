import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for yoga and Pothos; src/ must get the same copy, or
    // `instanceof GraphQLError` fails across the two (the dual-package hazard).
    alias: [{ find: /^graphql$/, replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)) }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep parallelism modest so timing-sensitive servers stay responsive.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
