import { DomainEvent } from '@waardenet/core';
import { DomainEvents } from '@waardenet/live/channels';
import { errorCode, gql, ok } from './support/gql';
import { TestUser, World, addStaff, createLibrary, createThread, join, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const CLAIM = `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id topic state evidence library { id } } }`;
const VERIFY = `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state verifiedAt library { id } verifiedBy { id } } }`;
const REVOKE = `mutation($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state revokeReason revokedAt } }`;
const REJECT = `mutation($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state rejectReason rejectedAt rejectedBy { id } library { id } } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawExpertise(expertiseId: $id) { id state withdrawnAt } }`;
const JOIN_AS_EXPERT = `mutation($id: ID!) { joinAsExpert(communityId: $id) { role state } }`;
const ME = `{ me { expertise { id topic state evidence revokeReason rejectReason rejectedBy { id } library { id } } } }`;
const AUTHOR_EXPERTISE = `query($id: ID!) { thread(id: $id) { author { expertise { topic state evidence verifiedBy { id } library { id } } } } }`;
const LOG = `query($id: ID!, $first: Int, $after: String) {
  expertiseLog(libraryId: $id, first: $first, after: $after) {
    edges { node { action topic reason details actor { id } expert { id } library { id } } } pageInfo { hasNextPage endCursor }
  }
}`;
const CLAIMS = `query($id: ID, $first: Int, $after: String) {
  expertiseClaims(libraryId: $id, first: $first, after: $after) { edges { node { id topic evidence user { id } } } pageInfo { hasNextPage endCursor } }
}`;

describe('experts: users claim (and withdraw) expertise, a library verifies, rejects or revokes it, and every decision is logged', () => {
  let t: TestApp;
  let w: World;
  let otherStaff: TestUser;
  let otherLibrary: { id: string };
  const announced: DomainEvent[] = [];

  const claim = async (user: TestUser, topic: string, evidence = 'Twintig jaar stadsarchivaris', libraryId = w.library.id) =>
    (await ok(t, CLAIM, { input: { topic, evidence, libraryId } }, user.token)).claimExpertise;
  const logLines = async () =>
    (await ok(t, LOG, { id: w.library.id, first: 100 }, w.manager.token)).expertiseLog.edges.map((e: { node: unknown }) => e.node);

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    otherLibrary = await createLibrary(t, w.admin);
    otherStaff = await registerUser(t, { displayName: 'Andere bibliotheek' });
    await addStaff(t, w.admin, otherLibrary.id, otherStaff, 'COMMUNITY_MANAGER');
    t.app.get(DomainEvents).onAny(async (event) => {
      if (event.type === 'expertise.verified') announced.push(event);
    });
  });
  afterAll(() => t.close());

  it('a claim is seen by its claimant and the staff of the library it is made at, with its evidence, but not by anyone else', async () => {
    const expert = await registerUser(t);
    await join(t, expert, w.pub.id);
    const c = await claim(expert, '  Utrechtse   stadsgeschiedenis ');
    expect(c).toMatchObject({
      topic: 'Utrechtse stadsgeschiedenis',
      state: 'CLAIMED',
      evidence: 'Twintig jaar stadsarchivaris',
      library: { id: w.library.id },
    });
    expect((await ok(t, ME, {}, expert.token)).me.expertise).toEqual([
      expect.objectContaining({ id: c.id, state: 'CLAIMED', evidence: 'Twintig jaar stadsarchivaris' }),
    ]);

    const thread = await createThread(t, expert, w.pub.id);
    expect((await ok(t, AUTHOR_EXPERTISE, { id: thread.id }, w.outsider.token)).thread.author.expertise).toEqual([]);
    expect((await ok(t, AUTHOR_EXPERTISE, { id: thread.id })).thread.author.expertise).toEqual([]);
    const byStaff = (await ok(t, AUTHOR_EXPERTISE, { id: thread.id }, w.manager.token)).thread.author.expertise;
    expect(byStaff).toEqual([
      expect.objectContaining({ topic: 'Utrechtse stadsgeschiedenis', state: 'CLAIMED', evidence: 'Twintig jaar stadsarchivaris' }),
    ]);
    // Another library's staff see no claim made elsewhere, nor its evidence.
    expect((await ok(t, AUTHOR_EXPERTISE, { id: thread.id }, otherStaff.token)).thread.author.expertise).toEqual([]);
  });

  it('refuses a second claim of the same topic (CONFLICT), bad input (BAD_USER_INPUT with fields) and visitors', async () => {
    const user = await registerUser(t);
    await claim(user, 'Vogels van de Vecht');
    expect(
      await errorCode(t, CLAIM, { input: { topic: 'vogels  VAN de vecht', evidence: 'x', libraryId: w.library.id } }, user.token),
    ).toBe('CONFLICT');
    const bad = await gql(t, CLAIM, { input: { topic: 'x', evidence: '   ', libraryId: 'geen-id' } }, user.token);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors?.[0].extensions?.fields as object).sort()).toEqual(['evidence', 'libraryId', 'topic']);
    expect(
      await errorCode(
        t,
        CLAIM,
        { input: { topic: 'Molens', evidence: 'x', libraryId: '00000000-0000-4000-8000-000000000000' } },
        user.token,
      ),
    ).toBe('NOT_FOUND');
    expect(await errorCode(t, CLAIM, { input: { topic: 'Molens', evidence: 'x', libraryId: w.library.id } })).toBe('UNAUTHENTICATED');
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM expertise WHERE user_id = $1`, [user.id]);
    expect(n).toBe(1);
  });

  it('allows at most 20 claims awaiting review per user', async () => {
    const eager = await registerUser(t);
    for (let i = 0; i < 20; i++) await claim(eager, `Onderwerp ${i}`);
    expect(await errorCode(t, CLAIM, { input: { topic: 'Nummer 21', evidence: 'x', libraryId: w.library.id } }, eager.token)).toBe(
      'CONFLICT',
    );
    const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM expertise WHERE user_id = $1`, [eager.id]);
    expect(n).toBe(20);
  });

  it("a library's staff verify a claim: the badge is public, the decision logged and announced; others are refused", async () => {
    const expert = await registerUser(t);
    await join(t, expert, w.pub.id);
    const c = await claim(expert, 'Kerkorgels');
    const input = { expertiseId: c.id, libraryId: w.library.id };
    expect(await errorCode(t, VERIFY, { input })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, VERIFY, { input }, w.member.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, VERIFY, { input }, expert.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, VERIFY, { input }, otherStaff.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, VERIFY, { input: { ...input, libraryId: '00000000-0000-4000-8000-000000000000' } }, w.manager.token)).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(t, VERIFY, { input: { ...input, expertiseId: 'geen-id' } }, w.manager.token)).toBe('BAD_USER_INPUT');
    expect(await logLines()).toEqual([]);
    expect(announced).toEqual([]);

    const verified = (await ok(t, VERIFY, { input }, w.manager.token)).verifyExpertise;
    expect(verified).toMatchObject({ state: 'VERIFIED', library: { id: w.library.id }, verifiedBy: { id: w.manager.id } });
    expect(announced).toEqual([
      { type: 'expertise.verified', expertiseId: c.id, userId: expert.id, libraryId: w.library.id, byUserId: w.manager.id },
    ]);
    expect(await errorCode(t, VERIFY, { input }, w.manager.token)).toBe('CONFLICT');

    const thread = await createThread(t, expert, w.pub.id);
    const seen = (await ok(t, AUTHOR_EXPERTISE, { id: thread.id })).thread.author.expertise;
    // Everyone sees the badge and the library behind it; the evidence and the staff member's name stay with staff.
    expect(seen).toEqual([{ topic: 'Kerkorgels', state: 'VERIFIED', evidence: null, verifiedBy: null, library: { id: w.library.id } }]);
    expect(await logLines()).toEqual([
      {
        action: 'VERIFIED',
        topic: 'Kerkorgels',
        reason: null,
        details: null,
        actor: { id: w.manager.id },
        expert: { id: expert.id },
        library: { id: w.library.id },
      },
    ]);
    expect(await errorCode(t, LOG, { id: w.library.id }, otherStaff.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, LOG, { id: w.library.id }, expert.token)).toBe('FORBIDDEN');
  });

  it('the verifying library revokes with a reason: the badge goes, the expert sees why, it is logged; others are refused', async () => {
    const expert = await registerUser(t);
    const c = await claim(expert, 'Grachtenbeheer');
    await ok(t, VERIFY, { input: { expertiseId: c.id, libraryId: w.library.id } }, w.manager.token);
    const input = { expertiseId: c.id, reason: 'Het bewijs bleek niet te kloppen' };
    expect(await errorCode(t, REVOKE, { input })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, REVOKE, { input }, expert.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, REVOKE, { input }, w.member.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, REVOKE, { input }, otherStaff.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, REVOKE, { input: { ...input, reason: '  ' } }, w.manager.token)).toBe('BAD_USER_INPUT');
    const [before] = await t.sql(`SELECT state FROM expertise WHERE id = $1`, [c.id]);
    expect(before.state).toBe('VERIFIED');

    const revoked = (await ok(t, REVOKE, { input }, w.admin.token)).revokeExpertise;
    expect(revoked).toMatchObject({ state: 'REVOKED', revokeReason: 'Het bewijs bleek niet te kloppen' });
    expect(revoked.revokedAt).toBeTruthy();
    expect(await errorCode(t, REVOKE, { input }, w.manager.token)).toBe('CONFLICT');
    expect((await ok(t, ME, {}, expert.token)).me.expertise).toEqual([
      expect.objectContaining({ state: 'REVOKED', revokeReason: 'Het bewijs bleek niet te kloppen' }),
    ]);
    expect((await logLines())[0]).toMatchObject({
      action: 'REVOKED',
      topic: 'Grachtenbeheer',
      reason: 'Het bewijs bleek niet te kloppen',
      actor: { id: w.admin.id },
    });
    // A revoked topic may be claimed again, for a fresh review.
    expect((await claim(expert, 'grachtenbeheer')).state).toBe('CLAIMED');
  });

  it('staff cannot verify their own claim', async () => {
    const own = await claim(w.manager, 'Bibliotheekgeschiedenis');
    expect(await errorCode(t, VERIFY, { input: { expertiseId: own.id, libraryId: w.library.id } }, w.manager.token)).toBe('FORBIDDEN');
    const [row] = await t.sql(`SELECT state FROM expertise WHERE id = $1`, [own.id]);
    expect(row.state).toBe('CLAIMED');
  });

  it('a claim that was never verified cannot be revoked (CONFLICT for staff, FORBIDDEN for others)', async () => {
    const c = await claim(await registerUser(t), 'Oude kaarten');
    expect(await errorCode(t, REVOKE, { input: { expertiseId: c.id, reason: 'nee' } }, w.member.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, REVOKE, { input: { expertiseId: c.id, reason: 'nee' } }, w.manager.token)).toBe('CONFLICT');
  });

  it("staff review the open claims made at their library, oldest first, page by page; another library's claims are not theirs to see", async () => {
    const inside = await registerUser(t);
    const outside = await registerUser(t);
    const a = await claim(inside, 'Beiaarden');
    const b = await claim(inside, 'Binnenvaart');
    const o = await claim(outside, 'Boekbinden', 'Restaurator', otherLibrary.id);
    const ids = async (token: string, libraryId: string | null) => {
      const all: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
          await ok(t, CLAIMS, { id: libraryId, first: 2, after }, token)
        ).expertiseClaims;
        all.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) return all;
        after = page.pageInfo.endCursor;
      }
    };
    const mine = await ids(w.manager.token, w.library.id);
    expect(mine).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(mine).not.toContain(o.id);
    expect(mine.indexOf(a.id)).toBeLessThan(mine.indexOf(b.id));
    expect(new Set(mine).size).toBe(mine.length);
    // Without a library: the claims of every library one is on the staff of; every claim for platform admins.
    expect(await ids(w.manager.token, null)).toEqual(mine);
    const theirs = await ids(otherStaff.token, null);
    expect(theirs).toContain(o.id);
    expect(theirs).not.toEqual(expect.arrayContaining([a.id]));
    expect(theirs).not.toEqual(expect.arrayContaining([b.id]));
    expect(await ids(w.admin.token, null)).toEqual(expect.arrayContaining([a.id, b.id, o.id]));
    await ok(t, VERIFY, { input: { expertiseId: a.id, libraryId: w.library.id } }, w.manager.token);
    expect(await ids(w.manager.token, w.library.id)).not.toContain(a.id);

    expect(await errorCode(t, CLAIMS, { id: w.library.id }, otherStaff.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, CLAIMS, { id: null }, w.member.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, CLAIMS, { id: null })).toBe('UNAUTHENTICATED');
    expect(await errorCode(t, CLAIMS, { id: w.library.id, after: 'vals' }, w.manager.token)).toBe('BAD_USER_INPUT');
  });

  it('the expertise log is append-only, enforced by the database', async () => {
    const [line] = await t.sql<{ id: string }>(`SELECT id FROM expertise_log LIMIT 1`);
    await expect(t.sql(`UPDATE expertise_log SET reason = 'herschreven' WHERE id = $1`, [line.id])).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM expertise_log WHERE id = $1`, [line.id])).rejects.toThrow(/append-only/);
  });

  it("a library's staff reject a claim with a reason the claimant sees; it is logged; others are refused; the topic may be claimed again a week later", async () => {
    const claimant = await registerUser(t);
    await join(t, claimant, w.pub.id);
    const c = await claim(claimant, 'Molenbouw');
    const input = { expertiseId: c.id, libraryId: w.library.id, reason: 'Te weinig bewijs' };
    expect(await errorCode(t, REJECT, { input })).toBe('UNAUTHENTICATED');
    for (const who of [w.member, claimant, otherStaff]) expect(await errorCode(t, REJECT, { input }, who.token)).toBe('FORBIDDEN');
    expect(await errorCode(t, REJECT, { input: { ...input, libraryId: '00000000-0000-4000-8000-000000000000' } }, w.manager.token)).toBe(
      'NOT_FOUND',
    );
    const blank = await gql(t, REJECT, { input: { ...input, reason: '   ' } }, w.manager.token);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { reason: [expect.any(String)] } });
    const own = await claim(w.manager, 'Catalogiseren');
    expect(await errorCode(t, REJECT, { input: { ...input, expertiseId: own.id } }, w.manager.token)).toBe('FORBIDDEN');
    const [untouched] = await t.sql(`SELECT state FROM expertise WHERE id = $1`, [c.id]);
    expect(untouched.state).toBe('CLAIMED');

    const rejected = (await ok(t, REJECT, { input }, w.manager.token)).rejectExpertise;
    expect(rejected).toMatchObject({
      id: c.id,
      state: 'REJECTED',
      rejectReason: 'Te weinig bewijs',
      rejectedBy: { id: w.manager.id },
      library: { id: w.library.id },
    });
    expect(rejected.rejectedAt).toBeTruthy();
    expect(await errorCode(t, REJECT, { input }, w.manager.token)).toBe('CONFLICT');
    expect(await errorCode(t, VERIFY, { input: { expertiseId: c.id, libraryId: w.library.id } }, w.manager.token)).toBe('CONFLICT');
    // The claimant sees the state, the reason and the library, not which staff member decided.
    expect((await ok(t, ME, {}, claimant.token)).me.expertise).toEqual([
      expect.objectContaining({
        id: c.id,
        state: 'REJECTED',
        rejectReason: 'Te weinig bewijs',
        rejectedBy: null,
        library: { id: w.library.id },
      }),
    ]);
    const thread = await createThread(t, claimant, w.pub.id);
    expect((await ok(t, AUTHOR_EXPERTISE, { id: thread.id }, w.outsider.token)).thread.author.expertise).toEqual([]);
    expect((await logLines())[0]).toMatchObject({
      action: 'REJECTED',
      topic: 'Molenbouw',
      reason: 'Te weinig bewijs',
      actor: { id: w.manager.id },
      expert: { id: claimant.id },
      library: { id: w.library.id },
    });
    const open = (await ok(t, CLAIMS, { id: w.library.id, first: 100 }, w.manager.token)).expertiseClaims.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(open).not.toContain(c.id);

    // Claimed again at once: refused, with the day it becomes possible; a week later it is a fresh claim.
    const again = await gql(
      t,
      CLAIM,
      { input: { topic: 'molenbouw', evidence: 'Nu met foto’s', libraryId: w.library.id } },
      claimant.token,
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/again from \d{4}-\d{2}-\d{2}/);
    await t.sql(`UPDATE expertise SET rejected_at = now() - interval '8 days' WHERE id = $1`, [c.id]);
    const fresh = await claim(claimant, 'molenbouw', 'Nu met foto’s');
    expect(fresh).toMatchObject({ state: 'CLAIMED', library: { id: w.library.id } });
    expect(fresh.id).not.toBe(c.id);

    // Verified expertise is revoked, not rejected.
    await ok(t, VERIFY, { input: { expertiseId: fresh.id, libraryId: w.library.id } }, w.manager.token);
    expect(await errorCode(t, REJECT, { input: { ...input, expertiseId: fresh.id } }, w.manager.token)).toBe('CONFLICT');
  });

  it('the claimant withdraws a claim or verified expertise; withdrawing verified expertise ends EXPERT memberships like a revocation; nobody else may', async () => {
    const expert = await registerUser(t);
    await join(t, expert, w.pub.id);
    const pending = await claim(expert, 'Scheepsbouw');
    const verified = await claim(expert, 'Zeilvaart');
    await ok(t, VERIFY, { input: { expertiseId: verified.id, libraryId: w.library.id } }, w.manager.token);
    expect((await ok(t, JOIN_AS_EXPERT, { id: w.pub.id }, expert.token)).joinAsExpert).toEqual({ role: 'EXPERT', state: 'ACTIVE' });

    expect(await errorCode(t, WITHDRAW, { id: pending.id })).toBe('UNAUTHENTICATED');
    for (const who of [w.member, w.manager, w.admin, otherStaff]) {
      expect(await errorCode(t, WITHDRAW, { id: pending.id }, who.token)).toBe('FORBIDDEN');
      expect(await errorCode(t, WITHDRAW, { id: verified.id }, who.token)).toBe('FORBIDDEN');
    }
    expect(await errorCode(t, WITHDRAW, { id: '00000000-0000-4000-8000-000000000000' }, expert.token)).toBe('NOT_FOUND');
    const linesBefore = (await logLines()).length;

    // A claim no library decided on: withdrawn, no longer shown or reviewed, nothing in any library's log.
    expect((await ok(t, WITHDRAW, { id: pending.id }, expert.token)).withdrawExpertise).toMatchObject({
      id: pending.id,
      state: 'WITHDRAWN',
      withdrawnAt: expect.any(String),
    });
    expect((await ok(t, ME, {}, expert.token)).me.expertise.map((e: { id: string }) => e.id)).toEqual([verified.id]);
    const open = (await ok(t, CLAIMS, { id: w.library.id, first: 100 }, w.manager.token)).expertiseClaims.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(open).not.toContain(pending.id);
    expect(await logLines()).toHaveLength(linesBefore);

    // Verified expertise: the badge goes, the EXPERT membership becomes MEMBER, and the library's log says the expert withdrew it.
    expect((await ok(t, WITHDRAW, { id: verified.id }, expert.token)).withdrawExpertise.state).toBe('WITHDRAWN');
    const [membership] = await t.sql(`SELECT role FROM memberships WHERE community_id = $1 AND user_id = $2`, [w.pub.id, expert.id]);
    expect(membership.role).toBe('MEMBER');
    const thread = await createThread(t, expert, w.pub.id);
    expect((await ok(t, AUTHOR_EXPERTISE, { id: thread.id })).thread.author.expertise).toEqual([]);
    expect((await ok(t, ME, {}, expert.token)).me.expertise).toEqual([]);
    expect((await logLines())[0]).toMatchObject({
      action: 'WITHDRAWN',
      topic: 'Zeilvaart',
      reason: null,
      details: 'EXPERT → MEMBER in 1 community',
      actor: { id: expert.id },
      expert: { id: expert.id },
    });
    expect(await logLines()).toHaveLength(linesBefore + 1);
    expect(await errorCode(t, WITHDRAW, { id: verified.id }, expert.token)).toBe('CONFLICT');
    expect(await errorCode(t, REVOKE, { input: { expertiseId: verified.id, reason: 'te laat' } }, w.manager.token)).toBe('CONFLICT');

    // A withdrawn topic may be claimed again at once; a suspended account may still withdraw its own.
    const back = await claim(expert, 'scheepsbouw');
    expect(back.state).toBe('CLAIMED');
    await t.sql(`UPDATE users SET suspended_at = now(), suspension_reason = 'test' WHERE id = $1`, [expert.id]);
    expect((await ok(t, WITHDRAW, { id: back.id }, expert.token)).withdrawExpertise.state).toBe('WITHDRAWN');
  });
});
