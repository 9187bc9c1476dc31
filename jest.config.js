/**
 * Unit tests need no database; integration and browser (e2e) tests share one real Neo4j started in
 * globalSetup, so the files run one after another (they reseed the same graph). The e2e setup also
 * installs Chromium when it is missing.
 */
const fs = require('node:fs');
const path = require('node:path');

/**
 * Packages that ship as ES modules only, which Node 20.19 loads with `require` but jest's CommonJS runtime does not:
 * any-ascii, and those the HTML parser linkedom depends on, found by walking its dependencies.
 */
function esModuleDependencies(root) {
  const found = new Set();
  const seen = new Set();
  const visit = (name, from) => {
    let dir = from;
    let manifest;
    for (;;) {
      const candidate = path.join(dir, 'node_modules', name, 'package.json');
      if (fs.existsSync(candidate)) {
        manifest = candidate;
        break;
      }
      if (dir === __dirname || dir === path.dirname(dir)) return;
      dir = path.dirname(dir);
    }
    if (seen.has(manifest)) return;
    seen.add(manifest);
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    if (pkg.type === 'module') found.add(name);
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, path.dirname(manifest));
  };
  visit(root, __dirname);
  return [...found];
}
const ES_MODULE_PACKAGES = ['any-ascii', ...esModuleDependencies('linkedom')].map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
const transform = {
  '^.+\\.ts$': 'ts-jest',
  [`/node_modules/(${ES_MODULE_PACKAGES})/.+\\.js$`]: ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs' } }],
};
const transformIgnorePatterns = [`/node_modules/(?!(${ES_MODULE_PACKAGES})/)`];

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
