/**
 * GraphQL Code Generator: typed documents for the canonical operations in schema/operations, used by the
 * tests (and by any TypeScript client that copies them). `npm run codegen`; `npm test` runs it first.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown', SafeInt: 'number', Upload: 'File' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
