/**
 * Unit tests need no database; integration tests share one real Neo4j started in globalSetup,
 * so the files run one after another (they reseed the same graph).
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
  ],
};
