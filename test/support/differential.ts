import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionNode, SelectionSetNode, parse, print } from 'graphql';
import { GqlError } from './gql';

/**
 * The selection under `path` in a one-operation document, printed (`{ id title … }`): a subscription's
 * selection reused in the equivalent HTTP query, so both paths are asked exactly the same fields.
 * Fragment spreads (the web client's generated documents use them) become inline fragments, so the
 * selection stands on its own.
 */
export function selectionAt(document: string | { toString(): string }, path: string[]): string {
  const parsed = parse(String(document));
  const fragments = new Map(
    parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const inline = (selectionSet: SelectionSetNode): SelectionSetNode => ({
    ...selectionSet,
    selections: selectionSet.selections.map((s): SelectionNode => {
      if (s.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(s.name.value);
        if (!fragment) throw new Error(`the document has no fragment ${s.name.value}`);
        return {
          kind: Kind.INLINE_FRAGMENT,
          typeCondition: fragment.typeCondition,
          directives: s.directives,
          selectionSet: inline(fragment.selectionSet),
        };
      }
      return s.selectionSet ? { ...s, selectionSet: inline(s.selectionSet) } : s;
    }),
  });
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  let set: SelectionSetNode | undefined = operation && inline(operation.selectionSet);
  for (const name of path) {
    const field = set?.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
    if (!field) throw new Error(`the document selects no ${path.join('.')}`);
    set = field.selectionSet;
  }
  if (!set) throw new Error(`${path.join('.')} is a leaf`);
  return print(set);
}

/** What a refusal is compared by: its code and, when given, its stable reason. */
export function refusal(errors: unknown): { code: unknown; reason?: unknown } {
  const first = (Array.isArray(errors) ? errors[0] : errors) as GqlError | undefined;
  const out: { code: unknown; reason?: unknown } = { code: first?.extensions?.code ?? 'NO_CODE' };
  if (first?.extensions?.reason !== undefined) out.reason = first.extensions.reason;
  return out;
}

/** Where two JSON values first differ (`post.author.expertise.0.evidence`), with both sides; null when equal. */
export function firstDifference(a: unknown, b: unknown, path = ''): { at: string; live: unknown; http: unknown } | null {
  if (a === b) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  return { at: path || '(root)', live: a, http: b };
}

/** The names of the `query` (or `subscription`) operations written anywhere in apps/web/src: a document a test does not know shows up here. */
export function webOperationNames(kind: 'query' | 'subscription', dir = join(__dirname, '../../apps/web/src')): string[] {
  const names = readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // The generated documents (api/generated) repeat the sources' operations.
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : webOperationNames(kind, path);
    if (!/\.tsx?$/.test(name)) return [];
    // `graphql(\`\n  query Name…` (the generated style) as well as a plain string.
    return [...readFileSync(path, 'utf8').matchAll(new RegExp(`[\`'"]\\s*${kind} (\\w+)`, 'g'))].map((m) => m[1]);
  });
  return [...new Set(names)];
}
