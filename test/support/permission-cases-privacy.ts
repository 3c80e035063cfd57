import { TEST_PASSWORD } from './factories';
import { Case, sqlValue } from './permission-cases-kit';
import type { PermissionWorld } from './permission-cases';

const actorIds = (w: PermissionWorld) => Object.values(w.actors).flatMap((u) => (u ? [u.id] : []));
/** As AccountDeletionService: cascading keys to users whose rows stay when an account is deleted. */
const KEPT = new Set(['threads.author_id', 'posts.author_id', 'invitations.invited_by_id']);

type Rows = Record<string, unknown>[];

/**
 * What deleting an actor's account changes, copied before the cell, so its check can put the actor back
 * for the next cells: the users row, every row of the tables deletion empties, and the sessions' refresh tokens.
 */
async function snapshot(w: PermissionWorld) {
  const ids = actorIds(w);
  const owned = await w.t.sql<{ tbl: string; col: string }>(
    `SELECT c.conrelid::regclass::text AS tbl, a.attname AS col FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.confrelid = 'users'::regclass AND c.confdeltype = 'c' AND cardinality(c.conkey) = 1 ORDER BY (c.conrelid::regclass::text = 'sessions') DESC, 1`,
  );
  const tables: { tbl: string; col: string; rows: Rows }[] = [];
  for (const { tbl, col } of owned.filter((o) => !KEPT.has(`${o.tbl}.${o.col}`))) {
    tables.push({
      tbl,
      col,
      rows: (await w.t.sql<{ r: Record<string, unknown> }>(`SELECT to_jsonb(t) AS r FROM ${tbl} t WHERE "${col}" = ANY($1)`, [ids])).map(
        (x) => x.r,
      ),
    });
  }
  const refresh = (
    await w.t.sql<{ r: Record<string, unknown> }>(
      `SELECT to_jsonb(r) AS r FROM refresh_tokens r JOIN sessions s ON s.id = r.session_id WHERE s.user_id = ANY($1)`,
      [ids],
    )
  ).map((x) => x.r);
  const users = (await w.t.sql<{ r: Record<string, unknown> }>(`SELECT to_jsonb(u) AS r FROM users u WHERE id = ANY($1)`, [ids])).map(
    (x) => x.r,
  );
  const notes = await w.t.sql<{ id: string; note: string; reporter_id: string }>(
    `SELECT id, note, reporter_id FROM reports WHERE reporter_id = ANY($1) AND note IS NOT NULL`,
    [ids],
  );
  return async (userId: string) => {
    await w.t.sql(
      `UPDATE users u SET email = s.email, display_name = s.display_name, handle = s.handle, bio = s.bio, password_hash = s.password_hash,
              is_platform_admin = s.is_platform_admin, suspended_at = s.suspended_at, suspended_until = s.suspended_until,
              suspension_reason = s.suspension_reason, deleted_at = s.deleted_at
         FROM jsonb_populate_record(NULL::users, $1) s WHERE u.id = s.id`,
      [users.find((u) => u.id === userId)],
    );
    // Deleting the only owner hands the community to the library's admins (AccountDeletionService), who are
    // actors too: their memberships go back as they were, with everyone else's.
    const memberships = tables.find((x) => x.tbl === 'memberships' && x.col === 'user_id');
    if (memberships) {
      await w.t.sql(`DELETE FROM memberships WHERE user_id = ANY($1)`, [ids]);
      await w.t.sql(`INSERT INTO memberships SELECT * FROM jsonb_populate_recordset(NULL::memberships, $1)`, [
        JSON.stringify(memberships.rows),
      ]);
    }
    for (const { tbl, col, rows } of tables) {
      if (tbl === 'memberships' && col === 'user_id') continue;
      const mine = rows.filter((r) => r[col] === userId);
      if (mine.length)
        await w.t.sql(`INSERT INTO ${tbl} SELECT * FROM jsonb_populate_recordset(NULL::${tbl}, $1) ON CONFLICT DO NOTHING`, [
          JSON.stringify(mine),
        ]);
    }
    await w.t.sql(`INSERT INTO refresh_tokens SELECT * FROM jsonb_populate_recordset(NULL::refresh_tokens, $1) ON CONFLICT DO NOTHING`, [
      JSON.stringify(refresh),
    ]);
    for (const n of notes.filter((x) => x.reporter_id === userId))
      await w.t.sql(`UPDATE reports SET note = $2 WHERE id = $1`, [n.id, n.note]);
  };
}

/** How deleteAccount (docs/permissions.md "Export and deletion") is tried. */
export const PRIVACY_CASES: Record<string, Case> = {
  // Every account may delete itself, suspended and banned ones too; the check puts the actor back for the next cells.
  deleteAccount: async (w) => {
    const restore = await snapshot(w);
    return {
      query: `mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) }`,
      variables: { input: { password: TEST_PASSWORD, removeContent: false } },
      verify: async ({ viewer }) => {
        expect(
          await sqlValue(w, `SELECT display_name FROM users WHERE id = $1 AND deleted_at IS NOT NULL AND email LIKE 'deleted-%'`, [
            viewer!.id,
          ]),
        ).toBe('verwijderd account');
        expect(await sqlValue(w, `SELECT count(*)::int FROM sessions WHERE user_id = $1`, [viewer!.id])).toBe(0);
        await restore(viewer!.id);
      },
    };
  },
};
