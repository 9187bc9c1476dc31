import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the browser client: `npm run codegen` after changing an operation in
 * src/client/operations/ or the schema. The output is committed; a unit test fails when it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['src/client/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        skipTypename: true,
      },
    },
  },
};

export default config;
