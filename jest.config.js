/**
 * Unit tests need no database; integration and browser (e2e) tests share one real Neo4j started in
 * globalSetup, so the files run one after another (they reseed the same graph). The e2e setup also
 * installs Chromium when it is missing.
 */
const transform = { '^.+\\.ts$': 'ts-jest' };

module.exports = {
  maxWorkers: 1,
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      testEnvironment: 'node',
      transform,
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      testEnvironment: 'node',
      transform,
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
    {
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      testEnvironment: 'node',
      transform,
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      // The same module as the integration project's, so jest runs it once and Neo4j stops once.
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
  ],
};
