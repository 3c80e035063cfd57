import { describeInBrowser } from './browser';
import { announced, checkScreen } from './screen-check';
import { browserSuite } from './suite';

describeInBrowser('web client: federation (issue 16)', () => {
  const s = browserSuite();

  it("a community manager switches federation on in the community's settings and sees its handle", async () => {
    const page = await s.signedIn(s.w.manager);
    await page.goto(`${s.t.url}/community/${s.w.pub.slug}/manage?tab=settings`);
    const toggle = page.getByLabel('Federatie aan');
    await toggle.click();
    await announced(page, 'Federatie staat aan.');
    await page.getByText(`Volgen vanaf een andere server: ${s.w.pub.slug}@`).waitFor();
    expect(await s.t.sql(`SELECT enabled FROM federated_communities WHERE community_id = $1`, [s.w.pub.id])).toEqual([{ enabled: true }]);
    await checkScreen(page, 'federation-settings');
  });

  it('a member reads a followed remote community and replies from here; a handle that is no handle is refused in words', async () => {
    const base = 'https://bieb.invalid/ap/actors/c-1';
    const [actor] = await s.t.sql<{ id: string }>(
      `INSERT INTO federation_remote_actors (uri, type, host, handle, display_name, inbox) VALUES ($1, 'Group', 'bieb.invalid', 'leesclub@bieb.invalid', 'Leesclub', $2) RETURNING id`,
      [base, `${base}/inbox`],
    );
    const [c] = await s.t.sql<{ id: string }>(
      `INSERT INTO federation_remote_communities (actor_id, handle, name, summary, url, accepted) VALUES ($1, 'leesclub@bieb.invalid', 'Leesclub Elders', 'Samen lezen, op een andere server.', $2, true) RETURNING id`,
      [actor.id, base],
    );
    await s.t.sql(
      `INSERT INTO federation_remote_posts (remote_community_id, uri, thread_uri, title, content_html, author_name, author_uri, published)
         VALUES ($1, 'https://bieb.invalid/ap/threads/1', 'https://bieb.invalid/ap/threads/1', 'Wat lees je in de zomer?', '<p>Vertel het ons.</p>', 'Bibliothecaris Elders', 'https://bieb.invalid/ap/actors/u-1', now())`,
      [c.id],
    );
    await s.t.sql(`INSERT INTO federation_remote_follows (remote_community_id, user_id) VALUES ($1, $2)`, [c.id, s.w.member.id]);

    const page = await s.signedIn(s.w.member);
    await page.goto(`${s.t.url}/profile`);
    await page.getByRole('link', { name: 'Gemeenschappen op andere servers' }).click();
    await page.getByRole('heading', { name: 'Gemeenschappen op andere servers', level: 1 }).waitFor();
    await page.getByLabel('Adres van de gemeenschap').fill('geen adres');
    await page.getByRole('button', { name: 'Volgen', exact: true }).click();
    await page.getByText('handle: schrijf het adres als naam@server', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Discussies tonen' }).click();
    await page.getByRole('heading', { name: 'Wat lees je in de zomer?' }).waitFor();
    await page.getByLabel('Je reactie op „Wat lees je in de zomer?”').fill('Ik lees *Het Achterhuis*.');
    await page.getByRole('button', { name: 'Reageer' }).click();
    await announced(page, 'Je reactie is verstuurd; de moderatie van de andere server beslist of ze verschijnt.');
    await page.getByText('Het Achterhuis').waitFor();
    const [reply] = await s.t.sql(`SELECT content_html FROM federation_remote_posts WHERE local_author_id = $1`, [s.w.member.id]);
    expect(reply.content_html).toContain('<em>Het Achterhuis</em>');
    await checkScreen(page, 'federation-remote');
  });
});
