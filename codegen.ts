/**
 * GraphQL Code Generator: typed documents for the canonical operations in schema/operations, used by the
 * tests (and by any TypeScript client that copies them), and the dashboard's own operations for its bundle. `npm run codegen`; `npm test` runs it first.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'test/generated/': {
      documents: ['schema/operations/**/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown', SafeInt: 'number', Upload: 'File' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
    // The dashboard's operations as typed strings (documentMode: string): the browser bundle needs no parser.
    'src/dashboard/app/generated/': {
      documents: ['schema/operations/dashboard.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        scalars: { DateTime: 'string', JSON: 'unknown', SafeInt: 'number', Upload: 'File' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
