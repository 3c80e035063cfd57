import type { Page } from 'playwright-core';
import { createThread } from '../support/factories';
import { describeInBrowser } from './browser';
import { announced, checkScreen } from './screen-check';
import { browserSuite } from './suite';

/**
 * Syndication between two Waardenet instances on the thread page (issue 16 ask 5). The other server is
 * not started here (test/federation-syndication.e2e-spec.ts runs two): its side is written as it would
 * have arrived.
 */
/** The GraphQL documents the page sends from now on. */
function graphqlDocuments(page: Page): string[] {
  const documents: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/graphql' && r.method() === 'POST')
      documents.push(String((r.postDataJSON() as { query?: string } | null)?.query ?? ''));
  });
  return documents;
}

describeInBrowser('web client: syndication to and from another Waardenet (issue 16)', () => {
  const s = browserSuite();

  it('a moderator proposes by address (a wrong one is refused in words), sees it accepted there and withdraws it', async () => {
    await s.t.sql(
      `INSERT INTO federated_communities (community_id, enabled) VALUES ($1, true) ON CONFLICT (community_id) DO UPDATE SET enabled = true`,
      [s.w.pub.id],
    );
    const thread = await createThread(s.t, s.w.member, s.w.pub.id, { title: 'Voorleesmiddag in de bieb', body: 'Wie komt er?' });
    await s.t.sql(
      `INSERT INTO syndications (thread_id, from_community_id, to_community_id, state, proposed_by_id, target_handle, remote_actor_uri,
                                 offer_uri, remote_url, remote_told, accepted_at)
       VALUES ($1, $2, NULL, 'ACCEPTED', $3, 'jeugd@landelijk.invalid', 'https://landelijk.invalid/ap/actors/c-1',
               'https://bieb.example/ap/syndications/1', 'https://landelijk.invalid/thread/1', 'ACCEPTED', now())`,
      [thread.id, s.w.pub.id, s.w.manager.id],
    );
    const page = await s.signedIn(s.w.manager);
    await page.goto(`${s.t.url}/thread/${thread.id}`);
    await page.getByRole('heading', { name: 'Doorplaatsen naar een andere Waardenet' }).waitFor();
    await page.getByText('overgenomen').waitFor();
    expect(await page.getByRole('link', { name: 'Bekijk daar' }).getAttribute('href')).toBe('https://landelijk.invalid/thread/1');
    await page.getByLabel('Adres van de landelijke gemeenschap').fill('geen adres');
    await page.getByRole('button', { name: 'Voorstellen' }).click();
    await page.getByRole('alert').waitFor();
    expect(await s.t.sql(`SELECT count(*)::int AS n FROM syndications WHERE thread_id = $1`, [thread.id])).toEqual([{ n: 1 }]);
    await checkScreen(page, 'remote-syndication-moderator');
    await page.getByRole('button', { name: 'Intrekken (jeugd@landelijk.invalid)' }).click();
    await announced(page, 'Ingetrokken bij jeugd@landelijk.invalid.');
    await page.getByRole('listitem').filter({ hasText: 'jeugd@landelijk.invalid: ingetrokken' }).waitFor();
    expect(await page.getByRole('button', { name: 'Intrekken (jeugd@landelijk.invalid)' }).count()).toBe(0);
    expect(await s.t.sql(`SELECT state FROM syndications WHERE thread_id = $1`, [thread.id])).toEqual([{ state: 'WITHDRAWN' }]);
  });

  it('a visitor reads a thread syndicated here from another Waardenet with its provenance and the link back; members see no form', async () => {
    const thread = await createThread(s.t, s.w.manager, s.w.pub.id, { title: 'Leesclub Oeroeg', body: 'Wie leest mee?' });
    await s.t.sql(
      `INSERT INTO syndications (thread_id, from_community_id, to_community_id, state, proposed_by_id, remote_actor_uri, offer_uri, remote_url,
                                 origin_library_name, origin_community_name, remote_told, accepted_at)
       VALUES ($1, NULL, $2, 'ACCEPTED', $3, 'https://bieb.invalid/ap/actors/c-2', 'https://bieb.invalid/ap/syndications/2',
               'https://bieb.invalid/thread/2', 'Bibliotheek Elders', 'Leesclub Elders', 'ACCEPTED', now())`,
      [thread.id, s.w.pub.id, s.w.manager.id],
    );
    const page = await s.visitor();
    const asked = graphqlDocuments(page);
    await page.goto(`${s.t.url}/thread/${thread.id}`);
    await page.getByText('Doorgeplaatst uit Leesclub Elders van Bibliotheek Elders, op bieb.invalid.').waitFor();
    expect(await page.getByRole('link', { name: 'Lees het origineel' }).getAttribute('href')).toBe('https://bieb.invalid/thread/2');
    expect(await page.getByRole('heading', { name: 'Doorplaatsen naar een andere Waardenet' }).count()).toBe(0);
    await checkScreen(page, 'remote-syndication-provenance');
    // The provenance came with the thread's extras (which the anonymous read cache serves): no request of its own.
    expect(asked.filter((q) => /query ThreadExtras\b/.test(q))).toHaveLength(1);
    expect(asked.filter((q) => /query RemoteSyndication\b/.test(q))).toEqual([]);

    // A member who does not moderate sees the same, without a request for the moderators' panel either.
    const member = await s.signedIn(s.w.member);
    const memberAsked = graphqlDocuments(member);
    await member.goto(`${s.t.url}/thread/${thread.id}`);
    await member.getByText('Doorgeplaatst uit Leesclub Elders van Bibliotheek Elders, op bieb.invalid.').waitFor();
    expect(memberAsked.filter((q) => /query ThreadExtras\b/.test(q))).toHaveLength(1);
    expect(memberAsked.filter((q) => /query RemoteSyndication\b/.test(q))).toEqual([]);
  });
});
