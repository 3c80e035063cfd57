import { createThread, registerUser, world, World } from './support/factories';
import { ok } from './support/gql';
import { freePort } from './support/server-process';
import { TestApp, createTestApp } from './support/test-app';
import { waitFor } from './support/wait';

/**
 * Red team (issue 18): a community that leaves PUBLIC through setCommunityVisibility has its federation switched
 * off, and, as switching it off does, what it sent while PUBLIC is taken back on the other servers (a Delete).
 * Before, the switch was flipped in SQL alone: the threads stayed on every follower's server although the
 * community was PRIVATE now. Two instances, loopback HTTP (the explicit test setting).
 */
async function instance(): Promise<TestApp> {
  const port = await freePort();
  return createTestApp(
    { PUBLIC_URL: `http://127.0.0.1:${port}`, WAARDENET_FEDERATION_ALLOW_PRIVATE_ADDRESSES: '1', FEDERATION_POLL_MS: '50' },
    { port },
  );
}

const SET_FEDERATION = `mutation($input: SetCommunityFederationInput!) { setCommunityFederation(input: $input) { enabled } }`;
const SET_VISIBILITY = `mutation($input: SetCommunityVisibilityInput!) { setCommunityVisibility(input: $input) { id visibility } }`;
const FOLLOW = `mutation($handle: String!) { followRemoteCommunity(handle: $handle) { id accepted } }`;

describe('red team: a community made PRIVATE takes back what it federated while PUBLIC', () => {
  let a: TestApp;
  let b: TestApp;
  let wb: World;

  beforeAll(async () => {
    [a, b] = await Promise.all([instance(), instance()]);
    [, wb] = await Promise.all([world(a), world(b)]);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('PUBLIC → PRIVATE on B: the thread A received is deleted there', async () => {
    const hostB = new URL(b.config.email.publicUrl).host;
    await ok(b, SET_FEDERATION, { input: { communityId: wb.pub.id, enabled: true } }, wb.manager.token);
    const reader = await registerUser(a, { displayName: 'Volger op A' });
    const followed = (await ok(a, FOLLOW, { handle: `${wb.pub.slug}@${hostB}` }, reader.token)).followRemoteCommunity;
    await waitFor(
      async () =>
        (await a.sql<{ accepted: boolean }>(`SELECT accepted FROM federation_remote_communities WHERE id = $1`, [followed.id]))[0]
          ?.accepted,
      { what: 'B to accept the Follow', timeout: 20_000 },
    );
    const thread = await createThread(b, wb.member, wb.pub.id, { title: 'Straks besloten', body: 'Dit was even openbaar.' });
    const uri = `${b.config.email.publicUrl}/ap/threads/${thread.id}`;
    const onA = () =>
      a.sql<{ deleted: boolean; content_html: string }>(
        `SELECT deleted_at IS NOT NULL AS deleted, content_html FROM federation_remote_posts WHERE uri = $1`,
        [uri],
      );
    await waitFor(async () => (await onA()).length > 0, { what: 'the thread on A', timeout: 20_000 });
    expect((await onA())[0]).toMatchObject({ deleted: false });

    await ok(b, SET_VISIBILITY, { input: { communityId: wb.pub.id, visibility: 'PRIVATE', reason: 'besloten groep' } }, wb.manager.token);
    await waitFor(async () => (await onA())[0]?.deleted, { what: 'the Delete on A', timeout: 20_000 });
    expect((await onA())[0].content_html).toBe('');
    expect(JSON.stringify(await a.sql(`SELECT content_html, title FROM federation_remote_posts`))).not.toContain('Dit was even openbaar');
  });
});
