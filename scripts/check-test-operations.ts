/**
 * Checks every GraphQL document the tests send against schema/schema.graphql (issue 14 ask 2), as codegen
 * checks the web client's: part of `npm run codegen:check`.
 *
 * The tests write their documents as literals (`ok(t, \`mutation($input: X!) { … }\`, …)`, permission cases,
 * helpers in test/support, `connectWs(…).subscribe(…)`), so rather than a tag on ~1,200 call sites this reads
 * test/**\/*.ts (and bench/) with the TypeScript parser and takes every string or template literal whose text
 * is a GraphQL document: it starts with `query`, `mutation` or `subscription` (optionally named, then `(` or
 * `{`), `fragment X on`, or `{ field`. `${…}` inside it is resolved when it names a constant: a `const` of the
 * same file (any scope, when only one has that name) or one imported from a relative module, a property of a
 * constant object, a number, or another such literal; each document is then parsed and validated with graphql's
 * `validate` (all the specified rules).
 *
 * Marks, in a comment right before the literal or on the line above it:
 *   graphql:invalid  a document that is meant to be refused (a test of bad input): not validated, but it must
 *                    really fail, so a mark cannot hide a document that became valid by accident;
 *   graphql:dynamic  a document built at run time from values this cannot see: skipped (prefer variables).
 * A document with an unresolved `${…}` and no mark fails the check, naming the expression.
 *
 * Usage: ts-node scripts/check-test-operations.ts [--list]   (--list prints every document it checked)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { GraphQLError, GraphQLSchema, buildSchema, parse, validate } from 'graphql';
import * as ts from 'typescript';

let root = resolve(__dirname, '..');
const DIRS = ['test', 'bench'];
let schema: GraphQLSchema;

/** Looks like a GraphQL document (not a sentence that happens to start with "query"). */
const DOCUMENT =
  /^\s*(?:(?:query|mutation|subscription)\b\s*(?:[A-Za-z_]\w*\s*)?[({@]|fragment\s+[A-Za-z_]\w*\s+on\s|\{\s*(?:[A-Za-z_]\w*\s*[:({]|[A-Za-z_]\w*\s+[A-Za-z_{}]|[A-Za-z_]\w*\s*\}|\.\.\.))/;

interface Found {
  file: string;
  line: number;
  text?: string;
  unresolved: string[];
  mark?: 'invalid' | 'dynamic';
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated') return [];
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const sources = new Map<string, ts.SourceFile | null>();
function source(path: string): ts.SourceFile | null {
  let sf = sources.get(path);
  if (sf === undefined) {
    sf = existsSync(path) ? ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true) : null;
    sources.set(path, sf);
  }
  return sf;
}

/** Where `import { name } from './x'` leads, for relative modules. */
function moduleFile(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return null;
}

/** Every `const name = …` in the file, by name (several when declared in several scopes). */
function constants(sf: ts.SourceFile): Map<string, ts.Expression[]> {
  const out = new Map<string, ts.Expression[]>();
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isVariableDeclarationList(node.parent) &&
      node.parent.flags & ts.NodeFlags.Const
    ) {
      out.set(node.name.text, [...(out.get(node.name.text) ?? []), node.initializer]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
const constantCache = new Map<ts.SourceFile, Map<string, ts.Expression[]>>();
function constantsOf(sf: ts.SourceFile): Map<string, ts.Expression[]> {
  let found = constantCache.get(sf);
  if (!found) constantCache.set(sf, (found = constants(sf)));
  return found;
}

/** The value of a name in a file: a constant of its own, or one it imports from a relative module. */
function resolveName(sf: ts.SourceFile, name: string, depth: number): unknown {
  const own = constantsOf(sf).get(name);
  if (own?.length) {
    const values = own.map((e) => evaluate(e, depth + 1));
    return values.every((v) => v !== undefined && v === values[0])
      ? values[0]
      : values.length === 1 && values[0] !== undefined
        ? values[0]
        : undefined;
  }
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const element = bindings.elements.find((e) => e.name.text === name);
    if (!element) continue;
    const file = moduleFile(sf.fileName, statement.moduleSpecifier.text);
    const target = file && source(file);
    if (!target) return undefined;
    return resolveName(target, (element.propertyName ?? element.name).text, depth + 1);
  }
  return undefined;
}

/** Values given to a function's parameters at one of its call sites. */
type Env = Map<string, unknown>;
let env: Env = new Map();

/** A constant expression's value (a string, a number, a boolean, an object of those), or undefined. */
function evaluate(node: ts.Expression, depth = 0): unknown {
  if (depth > 20) return undefined;
  if (ts.isIdentifier(node) && env.has(node.text)) return env.get(node.text);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isNonNullExpression(node))
    return evaluate(node.expression, depth);
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const value = evaluate(span.expression, depth);
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined;
      text += String(value) + span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const a = evaluate(node.left, depth);
    const b = evaluate(node.right, depth);
    return a === undefined || b === undefined ? undefined : (a as string) + (b as string);
  }
  if (ts.isIdentifier(node)) return resolveName(node.getSourceFile(), node.text, depth);
  if (ts.isPropertyAccessExpression(node)) {
    const object = evaluate(node.expression, depth);
    return object && typeof object === 'object' ? (object as Record<string, unknown>)[node.name.text] : undefined;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {};
    for (const p of node.properties) {
      if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)))
        out[p.name.text] = evaluate(p.initializer, depth);
    }
    return out;
  }
  return undefined;
}

/** The text of a string expression with its unresolved `${…}` left as `${…}`, and those expressions. */
function partial(node: ts.Expression, unresolved: string[]): string {
  const value = evaluate(node);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    for (const span of node.templateSpans) {
      const v = evaluate(span.expression);
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') text += String(v);
      else {
        const stand = placeholder(span.expression, text);
        if (stand === undefined) unresolved.push(span.expression.getText());
        text += stand ?? '${…}';
      }
      text += span.literal.text;
    }
    return text;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return partial(node.left, unresolved) + partial(node.right, unresolved);
  if (ts.isParenthesizedExpression(node)) return partial(node.expression, unresolved);
  unresolved.push(node.getText());
  return '${…}';
}

/**
 * What stands for a value only known at run time, where any value of its kind checks the same: a string
 * inside a GraphQL string ("${id}"), a number (a parameter or loop counter typed or set as one).
 */
function placeholder(expression: ts.Expression, before: string): string | undefined {
  const quotes = (before.match(/(?<!\\)"/g) ?? []).length;
  if (quotes % 2 === 1) return 'x';
  if (ts.isIdentifier(expression)) {
    const declaration = declarationOf(expression);
    if (declaration && ts.isParameter(declaration) && declaration.type?.kind === ts.SyntaxKind.NumberKeyword) return '1';
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isNumericLiteral(declaration.initializer))
      return '1';
  }
  return undefined;
}

/** The parameter or variable an identifier names, looked up through the enclosing scopes (by name). */
function declarationOf(id: ts.Identifier): ts.ParameterDeclaration | ts.VariableDeclaration | undefined {
  for (let node: ts.Node | undefined = id.parent; node; node = node.parent) {
    if (ts.isFunctionLike(node)) {
      const p = node.parameters.find((param) => ts.isIdentifier(param.name) && param.name.text === id.text);
      if (p) return p;
    }
    if (ts.isForStatement(node) && node.initializer && ts.isVariableDeclarationList(node.initializer)) {
      const v = node.initializer.declarations.find((d) => ts.isIdentifier(d.name) && d.name.text === id.text);
      if (v) return v;
    }
  }
  return undefined;
}

/** The enclosing `const NAME = (…) => …` or `function NAME(…)` whose parameters the document uses, with its name. */
function enclosingFunction(node: ts.Node): { name: string; fn: ts.SignatureDeclaration } | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n)) {
      // Through a wrapper such as `(w) => async (…) => …`: the outermost function bound to a name.
      let outer: ts.Node = n;
      while (ts.isArrowFunction(outer.parent) || ts.isFunctionExpression(outer.parent)) outer = outer.parent;
      if (ts.isVariableDeclaration(outer.parent) && ts.isIdentifier(outer.parent.name))
        return { name: outer.parent.name.text, fn: outer as ts.SignatureDeclaration };
      return undefined;
    }
    if (ts.isFunctionDeclaration(n) && n.name) return { name: n.name.text, fn: n };
  }
  return undefined;
}

/** Every call of `name(…)` in the file, with its parameters bound to the arguments' values (undefined when not constant). */
function callSites(sf: ts.SourceFile, name: string, fn: ts.SignatureDeclaration): Env[] {
  const out: Env[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === name) {
      const bound: Env = new Map();
      fn.parameters.forEach((p, i) => {
        if (!ts.isIdentifier(p.name)) return;
        const arg = node.arguments[i];
        const value = arg ? evaluate(arg) : p.initializer ? evaluate(p.initializer) : undefined;
        if (value !== undefined) bound.set(p.name.text, value);
      });
      out.push(bound);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const isStringish = (node: ts.Node): node is ts.Expression =>
  ts.isStringLiteral(node) ||
  ts.isNoSubstitutionTemplateLiteral(node) ||
  ts.isTemplateExpression(node) ||
  (ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
    (isStringish(node.left) || isStringish(node.right)));

function markOf(sf: ts.SourceFile, node: ts.Node): Found['mark'] {
  const text = sf.text;
  const start = node.getStart(sf);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const previousLineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  // The comments just before the literal, and the rest of its own line before it, and the line above.
  const comments = (ts.getLeadingCommentRanges(text, node.pos) ?? []).map((r) => text.slice(r.pos, r.end)).join(' ');
  const near = `${comments} ${text.slice(previousLineStart, start)}`;
  if (/graphql:invalid/.test(near)) return 'invalid';
  if (/graphql:dynamic/.test(near)) return 'dynamic';
  return undefined;
}

function collect(path: string): Found[] {
  const sf = source(path);
  if (!sf) return [];
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (isStringish(node)) {
      // Only the whole expression: a literal inside a larger string expression is part of that one.
      const parent = node.parent;
      const inside =
        (ts.isBinaryExpression(parent) && isStringish(parent)) || (ts.isParenthesizedExpression(parent) && isStringish(parent.parent));
      if (!inside) {
        const unresolved: string[] = [];
        const text = partial(node, unresolved);
        if (DOCUMENT.test(text)) {
          const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
          const mark = markOf(sf, node);
          const enclosing = unresolved.length ? enclosingFunction(node) : undefined;
          const sites = enclosing ? callSites(sf, enclosing.name, enclosing.fn) : [];
          if (sites.length && !mark) {
            // A document made by a function of the file: checked as each of its calls makes it.
            for (const site of sites) {
              env = site;
              const missing: string[] = [];
              const made = partial(node, missing);
              env = new Map();
              found.push({ file: relative(root, path), line, text: missing.length ? undefined : made, unresolved: missing, mark });
            }
          } else {
            found.push({ file: relative(root, path), line, text: unresolved.length ? undefined : text, unresolved, mark });
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function check(doc: string): readonly GraphQLError[] {
  try {
    return validate(schema, parse(doc));
  } catch (e) {
    return [e as GraphQLError];
  }
}

/**
 * The web client sends only generated documents: a document written in apps/web/src as a plain string, not in
 * a graphql(`…`) call, would be sent unchecked and untyped.
 */
/** A GraphQL document for sure: it looks like one and parses (an i18n text such as '{name} is uitgenodigd.' does not). */
function parses(text: string): boolean {
  if (!DOCUMENT.test(text)) return false;
  try {
    parse(text.replace(/\$\{…\}/g, 'x'));
    return true;
  } catch {
    return false;
  }
}

function plainWebDocuments(): string[] {
  const out: string[] = [];
  for (const path of files(join(root, 'apps/web/src'))) {
    const sf = source(path);
    if (!sf) continue;
    const visit = (node: ts.Node) => {
      if (
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
        parses(partial(node, []))
      ) {
        const call = node.parent;
        const generated = ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'graphql';
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        if (!generated)
          out.push(
            `${relative(root, path)}:${line}: a GraphQL document outside graphql(\`…\`): write it as graphql(\`…\`) (see README, "GraphQL types")`,
          );
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

export interface CheckResult {
  problems: string[];
  checked: number;
  invalid: number;
  dynamic: number;
  /** Every document checked, with where it is. */
  documents: { where: string; text: string }[];
}

/** Checks the documents under `dir` (test/, bench/ and apps/web/src there) against `schemaSource`. */
export function checkOperations(dir: string, schemaSource: string): CheckResult {
  root = dir;
  schema = buildSchema(schemaSource);
  sources.clear();
  constantCache.clear();
  const all = DIRS.flatMap((d) => files(join(root, d))).flatMap(collect);
  const problems: string[] = [...plainWebDocuments()];
  const documents: CheckResult['documents'] = [];
  let checked = 0;
  let invalid = 0;
  let dynamic = 0;
  for (const f of all) {
    const where = `${f.file}:${f.line}`;
    if (f.mark === 'dynamic') {
      dynamic++;
      continue;
    }
    if (f.text === undefined) {
      if (f.mark === 'invalid') {
        invalid++;
        continue;
      }
      problems.push(
        `${where}: cannot check a document built from ${f.unresolved.join(', ')}: use variables, or mark it /* graphql:dynamic */`,
      );
      continue;
    }
    const errors = check(f.text);
    if (f.mark === 'invalid') {
      invalid++;
      if (!errors.length)
        problems.push(`${where}: marked graphql:invalid but matches the schema: drop the mark (or make it invalid again)`);
      continue;
    }
    checked++;
    documents.push({ where, text: f.text });
    for (const e of errors) problems.push(`${where}: ${e.message}`);
  }
  return { problems, checked, invalid, dynamic, documents };
}

function main(): void {
  const { problems, checked, invalid, dynamic, documents } = checkOperations(
    root,
    readFileSync(join(root, 'schema/schema.graphql'), 'utf8'),
  );
  if (process.argv.includes('--list')) {
    for (const d of documents) process.stdout.write(`${d.where}\t${d.text.replace(/\s+/g, ' ').trim().slice(0, 120)}\n`);
  }
  if (problems.length) {
    console.error(
      `${problems.length} problem(s) in the tests' GraphQL documents (against schema/schema.graphql):\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
    console.error(
      'A deliberately invalid document: put /* graphql:invalid */ right before it. See /work/shared-notes/codegen.md or README.',
    );
    process.exit(1);
  }
  // eslint-disable-next-line no-console
  console.log(
    `test documents: ${checked} valid against the schema, ${invalid} marked invalid (and refused), ${dynamic} dynamic (not checked)`,
  );
}

if (require.main === module) main();
