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
