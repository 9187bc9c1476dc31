/**
 * Unit tests need no database; integration and browser (e2e) tests share one real Neo4j started in
 * globalSetup, so the files run one after another (they reseed the same graph). The e2e setup also
 * installs Chromium when it is missing.
 */
const transform = {
  '^.+\\.ts$': 'ts-jest',
  // any-ascii ships as an ES module only; jest's CommonJS runtime needs it compiled to CommonJS.
  '/node_modules/any-ascii/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' } }],
};
const transformIgnorePatterns = ['/node_modules/(?!any-ascii/)'];

module.exports = {
  maxWorkers: 1,
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
    {
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      testEnvironment: 'node',
      transform,
      transformIgnorePatterns,
      setupFiles: ['reflect-metadata'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      // The same module as the integration project's, so jest runs it once and Neo4j stops once.
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
  ],
};
