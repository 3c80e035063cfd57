/**
 * GraphQL Code Generator (issue 14, ask 2): typed documents for the web client, from schema/schema.graphql.
 *
 *   npm run codegen         writes apps/web/src/api/generated/ (do not edit those files)
 *   npm run codegen:check   fails when an operation does not match the schema or the generated files are stale;
 *                           then checks the documents the tests send (scripts/check-test-operations.ts)
 *
 * Every operation the web client sends is written as graphql(`query Name … { … }`) (imported from
 * apps/web/src/api/generated) in apps/web/src; codegen reads those calls, validates them against the
 * schema, and generates a TypedDocumentString for each: request(), useQuery() and subscribeLive() take it
 * and type the variables and the answer. How to write one: /work/shared-notes/codegen.md and README.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/api/generated/**'],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    'apps/web/src/api/generated/': {
      preset: 'client',
      presetConfig: {
        gqlTagName: 'graphql',
        // Fragments are for sharing selections here, not for hiding fields from the components that use them.
        fragmentMasking: false,
      },
      config: {
        // Documents are sent as strings (the transport POSTs them, graphql-ws sends them): no parsed AST in the bundle.
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        onlyOperationTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        dedupeFragments: true,
      },
    },
  },
  hooks: {},
};

export default config;
