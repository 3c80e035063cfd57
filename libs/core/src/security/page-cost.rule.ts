import {
  FieldNode,
  GraphQLError,
  GraphQLNamedType,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/cursor';

export interface PageCostOptions {
  maxCost: number;
  objectCost?: number;
  scalarCost?: number;
  depthCostFactor?: number;
  /** Prices only operations of this kind (the tighter subscription budget); all when absent. */
  only?: OperationTypeNode;
  /** The error for a document over budget; a validation error naming the cost when absent. */
  refuse?: (cost: number, maxCost: number) => GraphQLError;
}

/**
 * graphql-armor's cost formula (an object 2, a scalar 1, each level x1.5), multiplied by the size of
 * every page on the way, as armor does — but where armor multiplies only by a literal `first` (so
 * `first: $n` costs as a page of one), this counts the page the server will really return: a literal
 * as given, a variable as the largest page (MAX_PAGE_SIZE) unless it has a literal default, and no
 * `first` at all as the default page (DEFAULT_PAGE_SIZE). Pages within pages multiply, so nested
 * lists are what the limit refuses. Introspection is exempt; fragments count as the fields they hold.
 */
export function pageCostRule({
  maxCost,
  objectCost = 2,
  scalarCost = 1,
  depthCostFactor = 1.5,
  only,
  refuse,
}: PageCostOptions): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      if (only && operation.operation !== only) return;
      const schema = context.getSchema();
      const root = schema.getRootType(operation.operation);
      if (!root) return;
      const variableDefaults = new Map<string, number | undefined>();
      for (const def of operation.variableDefinitions ?? []) {
        const value = def.defaultValue;
        variableDefaults.set(def.variable.name.value, value?.kind === Kind.INT ? Number(value.value) : undefined);
      }

      const pageSize = (field: FieldNode): number => {
        const arg = field.arguments?.find((a) => a.name.value === 'first');
        if (!arg) return DEFAULT_PAGE_SIZE;
        if (arg.value.kind === Kind.INT) return Math.max(1, Math.min(Number(arg.value.value), MAX_PAGE_SIZE));
        if (arg.value.kind === Kind.VARIABLE) return variableDefaults.get(arg.value.name.value) ?? MAX_PAGE_SIZE;
        return DEFAULT_PAGE_SIZE;
      };

      /** Sum of the costs of a selection set's fields, fragments flattened; `seen` stops fragment cycles (reported by another rule). */
      const selectionsCost = (set: SelectionSetNode, parent: GraphQLNamedType, seen: Set<string>): number => {
        let total = 0;
        for (const selection of set.selections) {
          if (selection.kind === Kind.FIELD) total += fieldCost(selection, parent, seen);
          else if (selection.kind === Kind.INLINE_FRAGMENT) {
            const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
            total += selectionsCost(selection.selectionSet, type, seen);
          } else {
            const name = selection.name.value;
            const fragment = context.getFragment(name);
            if (!fragment || seen.has(name)) continue;
            const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
            total += selectionsCost(fragment.selectionSet, type, new Set([...seen, name]));
          }
        }
        return total;
      };

      const fieldCost = (field: FieldNode, parent: GraphQLNamedType, seen: Set<string>): number => {
        const name = field.name.value;
        if (name === '__schema' || name === '__type') return 0;
        if (!field.selectionSet) return scalarCost;
        const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        const type = def ? getNamedType(def.type) : parent;
        const multiplier = def?.args.some((a) => a.name === 'first') ? pageSize(field) : 1;
        return (objectCost + depthCostFactor * selectionsCost(field.selectionSet, type, seen)) * multiplier;
      };

      const cost = selectionsCost(operation.selectionSet, root, new Set());
      if (cost > maxCost && refuse) context.reportError(refuse(Math.round(cost), maxCost));
      else if (cost > maxCost) {
        context.reportError(
          new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)}.`, { nodes: [operation] }),
        );
      }
    },
  });
}
