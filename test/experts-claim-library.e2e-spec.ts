import { gql, ok } from './support/gql';
import { TestUser, World, addStaff, createLibrary, createThread, join, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const CLAIM = `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id library { id } } }`;
const VERIFY = `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id state library { id } } }`;
const REJECT = `mutation($input: RejectExpertiseInput!) { rejectExpertise(input: $input) { id state library { id } } }`;
const REVOKE = `mutation($input: RevokeExpertiseInput!) { revokeExpertise(input: $input) { id state } }`;
const CLAIMS = `query($id: ID) { expertiseClaims(libraryId: $id, first: 100) { edges { node { id } } } }`;
const AUTHOR_EXPERTISE = `query($id: ID!) { thread(id: $id) { author { expertise { id state evidence verifiedBy { id } } } } }`;

/**
 * Finding 11: staff of any library saw and decided every expertise claim. A claim is made at a library
 * the claimant picks; only that library's staff see and decide it; platform admins see and decide all.
 */
describe('experts: a claim is seen and decided only by the staff of the library it is made at', () => {
  let t: TestApp;
  let w: World;
  let other: { id: string };
  let otherStaff: TestUser;

  const claimAt = async (libraryId: string, topic: string) => {
    const claimant = await registerUser(t);
    await join(t, claimant, w.pub.id);
    const c = (await ok(t, CLAIM, { input: { topic, evidence: 'Dertig jaar ervaring', libraryId } }, claimant.token)).claimExpertise;
    const thread = await createThread(t, claimant, w.pub.id);
    return { claimant, id: c.id as string, threadId: thread.id };
  };
  const claimIds = async (token: string, libraryId: string | null = null) =>
    (await ok(t, CLAIMS, { id: libraryId }, token)).expertiseClaims.edges.map((e: { node: { id: string } }) => e.node.id);
  const refusal = async (query: string, input: Record<string, unknown>, token: string) => {
    const res = await gql(t, query, { input }, token);
    return [res.errors?.[0]?.extensions?.code, res.errors?.[0]?.extensions?.reason ?? null];
  };
  /** The claim's row and every expertise log line: equal before and after means nothing was decided. */
  const state = async (id: string) => ({
    row: await t.sql(`SELECT state, library_id, verified_by_id, rejected_by_id FROM expertise WHERE id = $1`, [id]),
    log: await t.sql(`SELECT count(*)::int AS n FROM expertise_log`),
  });

  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    other = await createLibrary(t, w.admin);
    otherStaff = await registerUser(t, { displayName: 'Andere bibliotheek' });
    await addStaff(t, w.admin, other.id, otherStaff, 'COMMUNITY_MANAGER');
  });
  afterAll(() => t.close());

  it("another library's staff neither see, list nor decide a claim (FORBIDDEN, nothing written); its own library's staff do", async () => {
    const c = await claimAt(other.id, 'Scheepvaartgeschiedenis');
    const before = await state(c.id);
    for (const input of [{ expertiseId: c.id }, { expertiseId: c.id, libraryId: w.library.id }]) {
      expect(await refusal(VERIFY, input, w.manager.token)).toEqual(['FORBIDDEN', 'STAFF_ONLY']);
      expect(await refusal(REJECT, { ...input, reason: 'Niet overtuigend' }, w.manager.token)).toEqual(['FORBIDDEN', 'STAFF_ONLY']);
    }
    expect(await state(c.id)).toEqual(before);
    expect(await claimIds(w.manager.token)).not.toContain(c.id);
    expect((await gql(t, CLAIMS, { id: other.id }, w.manager.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await ok(t, AUTHOR_EXPERTISE, { id: c.threadId }, w.manager.token)).thread.author.expertise).toEqual([]);

    // The library the claim was made at sees it, with its evidence, and verifies it in its own name.
    expect(await claimIds(otherStaff.token)).toContain(c.id);
    expect(await claimIds(otherStaff.token, other.id)).toContain(c.id);
    expect((await ok(t, AUTHOR_EXPERTISE, { id: c.threadId }, otherStaff.token)).thread.author.expertise).toEqual([
      { id: c.id, state: 'CLAIMED', evidence: 'Dertig jaar ervaring', verifiedBy: null },
    ]);
    expect((await ok(t, VERIFY, { input: { expertiseId: c.id } }, otherStaff.token)).verifyExpertise).toEqual({
      id: c.id,
      state: 'VERIFIED',
      library: { id: other.id },
    });

    // Now a badge, public to all; who verified it and the evidence stay with that library.
    expect((await ok(t, AUTHOR_EXPERTISE, { id: c.threadId }, w.manager.token)).thread.author.expertise).toEqual([
      { id: c.id, state: 'VERIFIED', evidence: null, verifiedBy: null },
    ]);
    const verified = await state(c.id);
    expect(await refusal(REVOKE, { expertiseId: c.id, reason: 'Twijfel' }, w.manager.token)).toEqual(['FORBIDDEN', 'STAFF_ONLY']);
    expect(await state(c.id)).toEqual(verified);
  });

  it('a platform admin sees and decides every claim, in the name of the library it was made at', async () => {
    const c = await claimAt(other.id, 'Dijkbouw');
    expect(await claimIds(w.admin.token)).toContain(c.id);
    const before = await state(c.id);
    expect(await refusal(VERIFY, { expertiseId: c.id, libraryId: w.library.id }, w.admin.token)).toEqual([
      'BAD_USER_INPUT',
      'CLAIM_AT_OTHER_LIBRARY',
    ]);
    expect(await state(c.id)).toEqual(before);
    const rejected = (await ok(t, REJECT, { input: { expertiseId: c.id, reason: 'Geen bewijs' } }, w.admin.token)).rejectExpertise;
    expect(rejected).toEqual({ id: c.id, state: 'REJECTED', library: { id: other.id } });
    const [line] = await t.sql(`SELECT library_id, action FROM expertise_log WHERE expertise_id = $1`, [c.id]);
    expect(line).toEqual({ library_id: other.id, action: 'REJECTED' });
  });

  it('a claim from before claimants chose a library is decided by platform admins only, who name the library', async () => {
    const c = await claimAt(w.library.id, 'Oude ambachten');
    await t.sql(`UPDATE expertise SET library_id = NULL WHERE id = $1`, [c.id]);
    const before = await state(c.id);
    expect(await refusal(VERIFY, { expertiseId: c.id, libraryId: w.library.id }, w.manager.token)).toEqual(['FORBIDDEN', 'ADMINS_ONLY']);
    expect(await claimIds(w.manager.token)).not.toContain(c.id);
    expect(await refusal(VERIFY, { expertiseId: c.id }, w.admin.token)).toEqual(['BAD_USER_INPUT', 'LIBRARY_REQUIRED']);
    expect(await state(c.id)).toEqual(before);
    expect(await claimIds(w.admin.token)).toContain(c.id);
    const verified = (await ok(t, VERIFY, { input: { expertiseId: c.id, libraryId: w.library.id } }, w.admin.token)).verifyExpertise;
    expect(verified).toEqual({ id: c.id, state: 'VERIFIED', library: { id: w.library.id } });
  });
});
