import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Replaces every `graphql(\`…\`)` call of the web client with the text of the document GraphQL Code
 * Generator made of it (src/api/generated/graphql.ts: the operation and the fragments it uses), as a
 * plain string, as the client preset's Babel and SWC plugins do. Without it, every document would be
 * reached through the generated `graphql()` function's map of all documents, which puts all of them,
 * twice, into the first chunk a visitor loads; with it, a screen's chunk holds its own documents only.
 * A call codegen does not know (the document changed and `npm run codegen` was not run) fails the build.
 * The types are unchanged: they come from the TypeScript sources, not from what is bundled.
 */
export function inlineGraphqlDocuments(generatedDir: string): Plugin {
  const generated = (id: string) => id.startsWith(generatedDir);
  let documents: Map<string, string> | null = null;

  const load = (): Map<string, string> => {
    const gql = readFileSync(join(generatedDir, 'gql.ts'), 'utf8');
    const types = readFileSync(join(generatedDir, 'graphql.ts'), 'utf8');
    const textOf = new Map(
      [...types.matchAll(/^export const (\w+) = new TypedDocumentString\(`([^`]*)`/gm)].map((m) => [m[1], m[2]] as const),
    );
    const out = new Map<string, string>();
    for (const m of gql.matchAll(/^export function graphql\(source: ("(?:[^"\\]|\\.)*")\): typeof import\('\.\/graphql'\)\.(\w+);$/gm)) {
      const text = textOf.get(m[2]);
      if (text !== undefined) out.set(JSON.parse(m[1]) as string, text);
    }
    return out;
  };

  return {
    name: 'waardenet:inline-graphql-documents',
    buildStart() {
      documents = null;
    },
    transform(code, id) {
      // The generated modules do nothing when loaded: whatever is not used of them is left out.
      if (generated(id)) return { code, moduleSideEffects: false, map: null };
      if (!/\.tsx?$/.test(id) || !/\bgraphql\(\s*`/.test(code)) return null;
      let known = (documents ??= load());
      let reloaded = false;
      let missing: string | null = null;
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*,?\s*\)/g, (call, source: string) => {
        // Not known: codegen may have run since the map was read (the dev server keeps running), so read it again once.
        if (!known.has(source) && !reloaded) {
          known = documents = load();
          reloaded = true;
        }
        const text = known.get(source);
        if (text === undefined) {
          missing ??= source.trim().slice(0, 80);
          return call;
        }
        return JSON.stringify(text);
      });
      if (missing) this.error(`no generated document for graphql(\`${missing}…\`): run npm run codegen`);
      return { code: out, map: null };
    },
  };
}
