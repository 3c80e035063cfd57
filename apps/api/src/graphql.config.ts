import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import {
  AppConfig,
  DirectFields,
  DrainRegistry,
  RequestContext,
  errorLanguagePlugin,
  formatError,
  languageOfError,
  logger,
} from '@waardenet/core';
import { GRAPHQL_LIMITS, graphqlLimitRules, maskSuggestions, nulCharacterPlugin } from '@waardenet/core/security';
import { readCachePlugin } from '@waardenet/core/read-cache';
import { JitExecution } from './jit-executor';

export function graphqlOptions(config: AppConfig, drain: DrainRegistry, directFields: DirectFields): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const jit = new JitExecution();
  // Compiled execution (see JitExecution): Nest passes its options on to ApolloServer, whose `gateway`
  // ApolloDriverConfig does not declare; the schema Nest builds (with the direct field resolvers put
  // in, see DirectFields) is handed over before Apollo starts.
  const execution = { gateway: jit, transformSchema: (schema: GraphQLSchema) => jit.capture(directFields.install(schema)) };
  return {
    ...execution,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    // No "Did you mean …?" in production: with introspection off, suggestions would still spell out the schema.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // Depth, cost, aliases, directives and document size (docs/limits.md); tokens are counted while parsing.
    validationRules: graphqlLimitRules(),
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    // The cache-control plugin wraps every field resolver; we set no cache hints, so it is pure cost.
    plugins: [
      drain.apolloPlugin(),
      errorLanguagePlugin(),
      nulCharacterPlugin(),
      readCachePlugin(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    context: ({ req, res }: { req: Request; res: Response }) => ({ req, res, rc: new RequestContext(req) }),
    formatError: (formatted, error) => {
      const out = formatError(
        formatted,
        error,
        (e) => logger.error({ err: e }, 'unexpected error in a GraphQL operation'),
        languageOfError(error),
      );
      return production ? { ...out, message: maskSuggestions(out.message) } : out;
    },
  };
}
