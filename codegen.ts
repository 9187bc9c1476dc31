import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the browser client: `npm run codegen` after changing an operation in
 * src/client/operations/ or the schema. The output is committed; a unit test regenerates it into a
 * temporary folder (CODEGEN_OUTPUT_DIR) and fails when the committed files differ.
 */
const outputDir = process.env.CODEGEN_OUTPUT_DIR ? `${process.env.CODEGEN_OUTPUT_DIR.replace(/\/$/, '')}/` : 'src/client/generated/';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['src/client/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [outputDir]: {
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
