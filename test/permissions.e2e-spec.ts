import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gql } from './support/gql';
import { ACTOR_COLUMNS, readPermissionTable } from './support/permission-table';
import { PERMISSION_CASES, PermissionWorld, permissionWorld } from './support/permission-cases';
import { TestApp, createTestApp } from './support/test-app';

const table = readPermissionTable();

describe('the permission table (docs/permissions.md), every cell tried through GraphQL', () => {
  let t: TestApp;
  let w: PermissionWorld;
  beforeAll(async () => {
    t = await createTestApp();
    w = await permissionWorld(t);
  }, 60_000);
  afterAll(() => t.close());

  it('has a case for every operation in the table and a row for every case', () => {
    expect(table.map((r) => r.operation).sort()).toEqual(Object.keys(PERMISSION_CASES).sort());
  });

  it('covers every mutation in the schema (sign-in mutations aside: anyone may try them)', async () => {
    const schema = readFileSync(join(__dirname, '../schema/schema.graphql'), 'utf8');
    const block = schema.slice(schema.indexOf('type Mutation {'));
    const mutations = [...block.slice(0, block.indexOf('\n}')).matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]);
    const tried = await Promise.all(Object.values(PERMISSION_CASES).map(async (make) => (await make(w)).query));
    const untested = mutations.filter((m) => !['register', 'login', 'refreshSession', 'logout'].includes(m) && !tried.some((q) => q.includes(`${m}(`)));
    expect(untested).toEqual([]);
  });

  for (const row of table) {
    describe(row.operation, () => {
      for (const actor of ACTOR_COLUMNS) {
        const expected = row.cells[actor];
        if (expected === undefined) continue;
        it(`${actor}: ${expected}`, async () => {
          const attempt = await PERMISSION_CASES[row.operation](w);
          const res = await gql(t, attempt.query, attempt.variables, w.actors[actor]?.token);
          if (expected === 'yes') expect(res.errors ?? []).toEqual([]);
          else expect(res.errors?.[0]?.extensions?.code).toBe(expected);
        });
      }
    });
  }
});
