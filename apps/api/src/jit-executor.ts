import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, GraphQLSchema, OperationTypeNode, execute, print } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/** Compiled operations kept; clients send a handful of distinct documents, so this is hardly reached. */
const MAX_COMPILED = 500;

/** graphql-jit leaves `extensions` unset when the thrown error had none; Apollo's error formatting needs it. */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
  });
}

/**
 * Runs queries through graphql-jit, which compiles each distinct query once into a plain function
 * instead of walking the document for every field of every row: a 50-post thread page spent most of
 * its GraphQL time in graphql-js's generic execution. Apollo Server 4+ has no executor option, but it
 * hands execution to a gateway's executor after its own parsing and validation (our limits included)
 * and before its error formatting — so that is the hook.
 *
 * Variables are coerced by graphql-js first, so defaults, messages and BAD_USER_INPUT are exactly
 * graphql-js's (graphql-jit skips input-field defaults). Mutations run on graphql-js: they are not
 * the hot path, and their resolvers then run in the one well-trodden order. Subscriptions never pass
 * through here (graphql-ws runs them).
 */
export class JitExecution implements GatewayInterface {
  private schema?: GraphQLSchema;
  private readonly compiled = new Map<string, CompiledQuery>();

  /** Given the schema Nest built (GqlModuleOptions.transformSchema), before Apollo starts. */
  readonly capture = (schema: GraphQLSchema): GraphQLSchema => {
    this.schema = schema;
    this.compiled.clear();
    return schema;
  };

  onSchemaLoadOrUpdate(callback: (context: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void): () => void {
    callback({ apiSchema: this.requireSchema(), coreSupergraphSdl: '' });
    return () => undefined;
  }

  async load(): Promise<{ schema: GraphQLSchema; executor: GatewayExecutor }> {
    return { schema: this.requireSchema(), executor: (rc) => this.execute(rc) };
  }

  async stop(): Promise<void> {
    this.compiled.clear();
  }

  private async execute(rc: GatewayGraphQLRequestContext) {
    const schema = this.requireSchema();
    const { document, operation, context } = rc;
    const operationName = rc.operationName ?? undefined;
    const variables = rc.request.variables ?? {};
    if (operation.operation !== OperationTypeNode.QUERY)
      return execute({ schema, document, operationName, contextValue: context, variableValues: variables });
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const key = `${operationName ?? ''}\n${rc.source ?? print(document)}`;
    let query = this.compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, document, operationName);
      if (!isCompiledQuery(result)) return result;
      const oldest = this.compiled.size >= MAX_COMPILED ? this.compiled.keys().next() : null;
      if (oldest && !oldest.done) this.compiled.delete(oldest.value);
      this.compiled.set(key, (query = result));
    }
    const result = await query.query(undefined, context, coerced.coerced);
    if (result.errors) result.errors = result.errors.map(withExtensions);
    return result;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema) throw new Error('JitExecution: the schema was not captured (transformSchema did not run)');
    return this.schema;
  }
}
