import { GraphQLSchema, isObjectType } from 'graphql';
import type { GqlContext } from '../context/ctx.decorator';
import type { RequestContext } from '../context/request-context';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DirectResolve = (parent: any, ctx: RequestContext) => unknown;

export const DIRECT_FIELDS = Symbol('DIRECT_FIELDS');

/**
 * Field resolvers the executor calls straight, past Nest's wrapping. Nest runs every @ResolveField
 * call through a chain of promises per parameter and the global pipes over @Parent — work that a field
 * without arguments never needs: field resolvers get no guards, interceptors or filters
 * (GqlModuleOptions.fieldResolverEnhancers is empty) and the ValidationPipe finds nothing to check on
 * an entity. On a 50-post thread page that wrapping, three times per post, cost a sixth of the
 * throughput (bench:read). For per-row fields of hot pages only: the @ResolveField stays (it declares
 * the field), and what is registered here calls that same method.
 */
export class DirectFields {
  private readonly fields = new Map<string, DirectResolve>();

  add(type: string, field: string, resolve: DirectResolve): void {
    this.fields.set(`${type}.${field}`, resolve);
  }

  /** Given the schema Nest built (before Apollo starts); refuses a field that is not there or takes arguments. */
  install(schema: GraphQLSchema): GraphQLSchema {
    for (const [key, resolve] of this.fields) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      if (!field) throw new Error(`DirectFields: ${key} is not a field of the schema`);
      if (field.args.length) throw new Error(`DirectFields: ${key} takes arguments, which only Nest's pipes validate`);
      field.resolve = (parent, _args, context: GqlContext) => resolve(parent, context.rc);
    }
    return schema;
  }
}
