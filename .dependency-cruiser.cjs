/**
 * The layering, checked by `npm run lint:deps` (part of `npm test`): the model at the bottom, then config and the
 * database plumbing, then repositories, services and resolvers, with the seed importer as a door only the entry
 * points use. See docs/architecture.md.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'model-imports-only-model',
      comment: 'src/model/ is the ground floor: it imports nothing of ours outside it, and no package but any-ascii (for folding names).',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { pathNot: ['^src/model/', '^node_modules/any-ascii/'] },
    },
    {
      name: 'model-no-cycles',
      comment: 'The model modules form no cycle.',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { circular: true },
    },
    {
      name: 'config-imports-nothing-of-ours',
      comment: 'src/config.ts reads the environment; everything else depends on it, never the other way.',
      severity: 'error',
      from: { path: '^src/config\\.ts$' },
      to: { path: '^src/' },
    },
    {
      name: 'db-imports-only-model-config-errors-logging',
      comment: 'src/db/ (driver, executor, schema, embedded Neo4j) sits just above the model: it knows no repository, service or resolver.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: '^src/', pathNot: ['^src/db/', '^src/model/', '^src/config\\.ts$', '^src/errors/', '^src/logging/'] },
    },
    {
      name: 'only-entry-points-import-seed',
      comment: 'The seed importer is a door, like curation: only the server start (src/main.ts), its own CLI, the ingestion evaluator (which reads the seed files as its answer key and gazetteer, without a database), tests and the benchmark use it.',
      severity: 'error',
      from: { pathNot: ['^src/main\\.ts$', '^src/seed/', '^src/ingestion/eval/eval\\.cli\\.ts$', '^test/', '^bench/'] },
      to: { path: '^src/seed/' },
    },
    {
      name: 'ingestion-imports-only-model-db-config-errors-logging',
      comment: 'src/ingestion/ is a door that reads the graph to link what an article names: it stands on the model, the database plumbing, config, errors and logging, and on nothing of the API. The evaluator\'s CLI also reads the seed files, its answer key; the ingest CLI submits articles for review through the review service.',
      severity: 'error',
      from: { path: '^src/ingestion/', pathNot: ['^src/ingestion/eval/eval\\.cli\\.ts$', '^src/ingestion/ingest\\.cli\\.ts$'] },
      to: { path: '^src/', pathNot: ['^src/ingestion/', '^src/model/', '^src/db/', '^src/config\\.ts$', '^src/errors/', '^src/logging/'] },
    },
    {
      name: 'only-entry-points-import-ingestion',
      comment: 'Nothing of the API imports the ingestion door but the review service, which runs it on a submitted article; otherwise only its own CLI, tests and the benchmark do.',
      severity: 'error',
      from: { pathNot: ['^src/ingestion/', '^src/review/review\\.service\\.ts$', '^test/', '^bench/'] },
      to: { path: '^src/ingestion/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/explorer/web/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json', '.d.ts'],
    },
  },
};
