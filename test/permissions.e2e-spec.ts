import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, Kind, OperationDefinitionNode, parse } from 'graphql';
import { isViewerDependent } from '@waardenet/core';
import { writeMark, writesSince } from './support/db-digest';
import { gql } from './support/gql';
import { ACTOR_COLUMNS, Cell, isErrorCell, readPermissionTable } from './support/permission-table';
import { PERMISSION_CASES, PermissionWorld, permissionWorld } from './support/permission-cases';
import { FIELDS_COVERED_BY_OTHER_ROWS } from './support/permission-cases-fields';
import { TestApp, createTestApp } from './support/test-app';

const table = readPermissionTable();
/** Anyone may try to sign in: these mutations have no row. */
const SIGN_IN = ['register', 'login', 'refreshSession', 'logout'];

/** The root fields an operation document selects, by operation type. */
function rootFields(document: string): { operation: string; field: string }[] {
  return parse(document)
    .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .flatMap((op) =>
      op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [{ operation: op.operation, field: s.name.value }] : [])),
    );
}

/** What a `null`/`empty`/`true`/`false` cell requires of the field's value. */
function expectValue(cell: Cell, value: unknown): void {
  if (cell === 'null') expect(value).toBeNull();
  else if (cell === 'true' || cell === 'false') expect(value).toBe(cell === 'true');
  else if (Array.isArray(value)) expect(value).toEqual([]);
  else expect((value as { edges?: unknown[] } | null)?.edges).toEqual([]);
}

describe('the permission table (docs/permissions.md), every cell tried through GraphQL', () => {
  let t: TestApp;
  let w: PermissionWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await permissionWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it('notices any write to a table (an INSERT, a DELETE, an UPDATE that sets the same value), and none rolled back', async () => {
    for (const [write, written] of [
      [() => t.sql(`UPDATE libraries SET name = name WHERE id = $1`, [w.library.id]), { 'libraries UPDATE': 1 }],
      [() => t.sql(`INSERT INTO live_channels (channel, seq) VALUES ('digest-test', 1)`), { 'live_channels INSERT': 1 }],
      [() => t.sql(`DELETE FROM live_channels WHERE channel = 'digest-test'`), { 'live_channels DELETE': 1 }],
      [() => t.sql(`UPDATE sessions SET last_used_at = now() WHERE user_id = $1`, [w.admin.id]), {}],
      [() => t.sql(`DO $$ BEGIN UPDATE libraries SET name = name; RAISE EXCEPTION 'refused'; END $$`).catch(() => undefined), {}],
    ] as const) {
      const mark = await writeMark(t);
      await write();
      expect(await writesSince(t, mark)).toEqual(written);
    }
  });

  it('has a case for every operation in the table and a row for every case', () => {
    expect(table.map((r) => r.operation).sort()).toEqual(Object.keys(PERMISSION_CASES).sort());
  });

  it('has a field row for every @ViewerDependent field, or names the rows that cover it', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const declared = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter(isViewerDependent)
          .map((f) => `${type.name}.${f.name}`),
      );
    const rows = new Set(table.map((r) => r.operation));
    expect(declared.filter((f) => !rows.has(f) && !FIELDS_COVERED_BY_OTHER_ROWS[f])).toEqual([]);
    expect(Object.keys(FIELDS_COVERED_BY_OTHER_ROWS).filter((f) => !declared.includes(f) || rows.has(f))).toEqual([]);
  });

  /** The root fields each row's case selects, recorded as its cells run. */
  const triedRoots = new Map<string, { operation: string; field: string }[]>();
  for (const row of table) {
    describe(row.operation, () => {
      for (const actor of ACTOR_COLUMNS) {
        const expected = row.cells[actor];
        if (expected === undefined) continue;
        it(`${actor}: ${expected}`, async () => {
          const attempt = await PERMISSION_CASES[row.operation](w);
          triedRoots.set(row.operation, rootFields(attempt.query));
          const viewer = w.actors[actor];
          await attempt.before?.();
          try {
            // A refusal must write nothing (no row of any table), and so must every read.
            const reads = triedRoots.get(row.operation)!.every((r) => r.operation === 'query');
            const mark = expected === 'yes' && !reads ? undefined : await writeMark(t);
            const res = await gql(t, attempt.query, attempt.variables, viewer?.token);
            if (isErrorCell(expected)) {
              expect(res.errors?.[0]?.extensions?.code).toBe(expected);
            } else {
              expect(res.errors ?? []).toEqual([]);
              if (expected === 'yes') await attempt.verify({ data: res.data!, viewer, actor });
              else {
                if (!attempt.value) throw new Error(`${row.operation}: a "${expected}" cell needs the case's value()`);
                expectValue(expected, attempt.value(res.data!));
              }
            }
            if (mark !== undefined) expect(await writesSince(t, mark)).toEqual({});
          } finally {
            await attempt.after?.();
          }
        });
      }
    });
  }

  // Last: the cells above record what their cases tried (running every case's fixtures once more here would
  // change the actors' state under the cells). A row none of whose cells got as far as its attempt is listed.
  it('covers every mutation and every query of the schema, and its field rows name real fields', () => {
    expect(table.filter((r) => !triedRoots.has(r.operation)).map((r) => r.operation)).toEqual([]);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const tried = [...triedRoots.values()].flat();
    const untried = (operation: 'query' | 'mutation', type: GraphQLObjectType | null | undefined) =>
      Object.keys(type?.getFields() ?? {}).filter(
        (f) => !SIGN_IN.includes(f) && !tried.some((r) => r.operation === operation && r.field === f),
      );
    expect({ queries: untried('query', schema.getQueryType()), mutations: untried('mutation', schema.getMutationType()) }).toEqual({
      queries: [],
      mutations: [],
    });
    const fieldRows = table.map((r) => r.operation).filter((op) => op.includes('.'));
    const unknown = fieldRows.filter((op) => {
      // A row may name the argument it reads the field with: Community.members(PENDING).
      const [type, field] = op.replace(/\(.*\)$/, '').split('.');
      const found = schema.getType(type);
      return !(found instanceof GraphQLObjectType) || !found.getFields()[field];
    });
    expect(unknown).toEqual([]);
  });
});
