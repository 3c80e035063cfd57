import { createCommunity, join, registerUser, world, World } from './support/factories';
import { errorCode, gql, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

const CREATE = `mutation($input: CreateInviteLinkInput!) { createInviteLink(input: $input) { token link { id expiresAt maxUses uses } } }`;
const ACCEPT = `mutation($token: String!) { acceptInviteLink(token: $token) { state role } }`;
const PREVIEW = `query($token: String!) { inviteLinkPreview(token: $token) { communityName communitySlug usable } }`;
const BAN = `mutation($input: BanMemberInput!) { banMember(input: $input) { state } }`;

describe('invitation links: made by moderators, followed to join at once, refused when revoked, expired, used up or banned', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
  }, 60_000);
  afterAll(() => t.close());

  const state = async (communityId: string, userId: string) =>
    (await t.sql<{ state: string }>(`SELECT state FROM memberships WHERE community_id = $1 AND user_id = $2`, [communityId, userId]))[0]
      ?.state;

  it('a private community: the link shows where it leads, joins at once, keeps only a hash and counts its uses; the creation is logged', async () => {
    const made = await ok(t, CREATE, { input: { communityId: w.priv.id, days: 2, maxUses: 2 } }, w.manager.token);
    const { token, link } = made.createInviteLink;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(link).toMatchObject({ maxUses: 2, uses: 0 });
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(47 * 3600_000);
    // Only the token's SHA-256 is stored.
    expect(await t.sql(`SELECT 1 FROM community_invite_links WHERE token_hash = $1`, [token])).toEqual([]);
    expect(
      await t.sql(`SELECT action, details FROM moderation_actions WHERE action = 'CREATE_INVITE_LINK' AND community_id = $1`, [w.priv.id]),
    ).toEqual([{ action: 'CREATE_INVITE_LINK', details: '2 days, at most 2 uses' }]);

    const newcomer = await registerUser(t);
    expect((await ok(t, PREVIEW, { token }, newcomer.token)).inviteLinkPreview).toEqual({
      communityName: w.priv.name,
      communitySlug: w.priv.slug,
      usable: true,
    });
    // Without the link the private community stays closed.
    expect(await errorCode(t, `mutation($id: ID!) { joinCommunity(communityId: $id) { state } }`, { id: w.priv.id }, newcomer.token)).toBe(
      'NOT_FOUND',
    );
    expect((await ok(t, ACCEPT, { token }, newcomer.token)).acceptInviteLink).toEqual({ state: 'ACTIVE', role: 'MEMBER' });
    // Following it again as a member uses nothing up.
    await ok(t, ACCEPT, { token }, newcomer.token);
    expect((await t.sql<{ uses: number }>(`SELECT uses FROM community_invite_links WHERE id = $1`, [link.id]))[0].uses).toBe(1);

    await ok(t, ACCEPT, { token }, (await registerUser(t)).token);
    const third = await registerUser(t);
    expect((await ok(t, PREVIEW, { token }, third.token)).inviteLinkPreview.usable).toBe(false);
    expect(await errorCode(t, ACCEPT, { token }, third.token)).toBe('FORBIDDEN');
    expect(await state(w.priv.id, third.id)).toBeUndefined();
  });

  it('a banned member is not let in by a link (and uses nothing up); a restricted community skips approval', async () => {
    const c = await createCommunity(t, w.manager, w.library.id, 'RESTRICTED');
    const { token, link } = (await ok(t, CREATE, { input: { communityId: c.id } }, w.manager.token)).createInviteLink;
    const troublemaker = await registerUser(t);
    await join(t, troublemaker, c.id);
    await ok(
      t,
      `mutation($input: MembershipDecisionInput!) { approveMembership(input: $input) { state } }`,
      { input: { communityId: c.id, userId: troublemaker.id } },
      w.manager.token,
    );
    await ok(
      t,
      BAN,
      {
        input: { communityId: c.id, userId: troublemaker.id, reason: 'Reclame', until: new Date(Date.now() + 7 * 86400_000).toISOString() },
      },
      w.manager.token,
    );
    const res = await gql(t, ACCEPT, { token }, troublemaker.token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'COMMUNITY_BANNED' });
    expect(await state(c.id, troublemaker.id)).toBe('BANNED');
    expect((await t.sql<{ uses: number }>(`SELECT uses FROM community_invite_links WHERE id = $1`, [link.id]))[0].uses).toBe(0);

    const reader = await registerUser(t);
    expect((await ok(t, ACCEPT, { token }, reader.token)).acceptInviteLink.state).toBe('ACTIVE');
  });

  it('a revoked link, an expired link and an unknown token are refused with their reasons, and nobody joins', async () => {
    const { token, link } = (await ok(t, CREATE, { input: { communityId: w.priv.id } }, w.manager.token)).createInviteLink;
    expect(
      (await ok(t, `query($id: ID!) { inviteLinks(communityId: $id) { id } }`, { id: w.priv.id }, w.manager.token)).inviteLinks.map(
        (l: { id: string }) => l.id,
      ),
    ).toContain(link.id);
    await ok(t, `mutation($id: ID!) { revokeInviteLink(id: $id) }`, { id: link.id }, w.manager.token);
    expect(
      (await ok(t, `query($id: ID!) { inviteLinks(communityId: $id) { id } }`, { id: w.priv.id }, w.manager.token)).inviteLinks.map(
        (l: { id: string }) => l.id,
      ),
    ).not.toContain(link.id);
    const someone = await registerUser(t);
    expect((await gql(t, ACCEPT, { token }, someone.token)).errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'INVITE_LINK_INVALID',
    });
    expect((await ok(t, PREVIEW, { token })).inviteLinkPreview).toBeNull();
    expect((await gql(t, ACCEPT, { token: 'not-a-token' }, someone.token)).errors?.[0]?.extensions).toMatchObject({
      reason: 'INVITE_LINK_INVALID',
    });

    const old = (await ok(t, CREATE, { input: { communityId: w.priv.id } }, w.manager.token)).createInviteLink;
    await t.sql(`UPDATE community_invite_links SET expires_at = now() - interval '1 minute' WHERE id = $1`, [old.link.id]);
    expect((await gql(t, ACCEPT, { token: old.token }, someone.token)).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INVITE_LINK_EXPIRED',
    });
    expect(await state(w.priv.id, someone.id)).toBeUndefined();
  });

  it('refuses bad input with a field and a reason: days outside 1 to 30, a use limit below 1', async () => {
    for (const input of [
      { communityId: w.pub.id, days: 0 },
      { communityId: w.pub.id, days: 31 },
      { communityId: w.pub.id, maxUses: 0 },
    ]) {
      const res = await gql(t, CREATE, { input }, w.manager.token);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await t.sql(`SELECT 1 FROM community_invite_links WHERE community_id = $1`, [w.pub.id])).toEqual([]);
  });
});
