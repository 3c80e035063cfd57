import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLObjectType, Kind, OperationDefinitionNode, parse } from 'graphql';
import { isViewerDependent } from '@waardenet/core';
import { databaseDigest } from './support/db-digest';
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
    .flatMap((op) => op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [{ operation: op.operation, field: s.name.value }] : [])));
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

  it('notices any write to a table: an INSERT, a DELETE, an UPDATE that sets the same value', async () => {
    for (const write of [
      () => t.sql(`UPDATE libraries SET name = name WHERE id = $1`, [w.library.id]),
      () => t.sql(`INSERT INTO live_channels (channel, seq) VALUES ('digest-test', 1)`),
      () => t.sql(`DELETE FROM live_channels WHERE channel = 'digest-test'`),
    ]) {
      const before = await databaseDigest(t);
      await write();
      expect(await databaseDigest(t)).not.toEqual(before);
    }
  });

  it('has a case for every operation in the table and a row for every case', () => {
    expect(table.map((r) => r.operation).sort()).toEqual(Object.keys(PERMISSION_CASES).sort());
  });

  it('covers every mutation and every query of the schema, and its field rows name real fields', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    // allSettled: a case whose fixture fails must not leave the others writing into the cells that follow.
    const made = await Promise.allSettled(Object.entries(PERMISSION_CASES).map(async ([name, make]) => ({ name, fields: rootFields((await make(w)).query) })));
    const failed = made.flatMap((m, i) => (m.status === 'rejected' ? [`${Object.keys(PERMISSION_CASES)[i]}: ${String(m.reason)}`] : []));
    expect(failed).toEqual([]);
    const tried = made.flatMap((m) => (m.status === 'fulfilled' ? m.value.fields : []));
    const untried = (operation: 'query' | 'mutation', type: GraphQLObjectType | null | undefined) =>
      Object.keys(type?.getFields() ?? {}).filter((f) => !SIGN_IN.includes(f) && !tried.some((r) => r.operation === operation && r.field === f));
    expect({ queries: untried('query', schema.getQueryType()), mutations: untried('mutation', schema.getMutationType()) }).toEqual({ queries: [], mutations: [] });
    const fieldRows = table.map((r) => r.operation).filter((op) => op.includes('.'));
    const unknown = fieldRows.filter((op) => {
      // A row may name the argument it reads the field with: Community.members(PENDING).
      const [type, field] = op.replace(/\(.*\)$/, '').split('.');
      const found = schema.getType(type);
      return !(found instanceof GraphQLObjectType) || !found.getFields()[field];
    });
    expect(unknown).toEqual([]);
  });

  it('has a field row for every @ViewerDependent field, or names the rows that cover it', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const declared = Object.values(schema.getTypeMap())
      .filter((type): type is GraphQLObjectType => type instanceof GraphQLObjectType && !type.name.startsWith('__'))
      .flatMap((type) => Object.values(type.getFields()).filter(isViewerDependent).map((f) => `${type.name}.${f.name}`));
    const rows = new Set(table.map((r) => r.operation));
    expect(declared.filter((f) => !rows.has(f) && !FIELDS_COVERED_BY_OTHER_ROWS[f])).toEqual([]);
    expect(Object.keys(FIELDS_COVERED_BY_OTHER_ROWS).filter((f) => !declared.includes(f) || rows.has(f))).toEqual([]);
  });

  for (const row of table) {
    describe(row.operation, () => {
      for (const actor of ACTOR_COLUMNS) {
        const expected = row.cells[actor];
        if (expected === undefined) continue;
        it(`${actor}: ${expected}`, async () => {
          const attempt = await PERMISSION_CASES[row.operation](w);
          const viewer = w.actors[actor];
          await attempt.before?.();
          try {
            // A refusal must leave the database as it was, and so must every read.
            const reads = rootFields(attempt.query).every((r) => r.operation === 'query');
            const before = expected === 'yes' && !reads ? undefined : await databaseDigest(t);
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
            if (before) expect(await databaseDigest(t)).toEqual(before);
          } finally {
            await attempt.after?.();
          }
        });
      }
    });
  }
});
