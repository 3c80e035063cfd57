import { describeInBrowser } from './browser';
import { announced, checkScreen } from './screen-check';
import { browserSuite } from './suite';

describeInBrowser('web client: the instance blocklist, and likes, edits and deletions of remote content (issue 16)', () => {
  const s = browserSuite();

  it('a platform admin blocks a server (a wrong host name is refused at its field) and unblocks it; members see no blocklist', async () => {
    const page = await s.signedIn(s.w.admin);
    await page.goto(`${s.t.url}/remote`);
    await page.getByRole('heading', { name: 'Geblokkeerde servers (platformbeheer)' }).waitFor();
    await page.getByText('Er zijn geen geblokkeerde servers.').waitFor();
    await page.getByLabel('Servernaam').fill('geen host!');
    await page.getByLabel('Reden', { exact: true }).fill('Stuurt spam');
    await page.getByRole('button', { name: 'Blokkeren' }).click();
    await page.locator('#block-host-error').waitFor();
    expect(await s.t.sql(`SELECT * FROM federation_blocked_instances`)).toEqual([]);
    await page.getByLabel('Servernaam').fill('spam.example');
    await page.getByRole('button', { name: 'Blokkeren' }).click();
    await announced(page, 'spam.example is geblokkeerd.');
    await page.getByRole('listitem').filter({ hasText: 'spam.example — Stuurt spam' }).waitFor();
    expect(await s.t.sql(`SELECT host, reason FROM federation_blocked_instances`)).toEqual([
      { host: 'spam.example', reason: 'Stuurt spam' },
    ]);
    await checkScreen(page, 'instance-blocklist');
    await page.getByRole('button', { name: 'Deblokkeren spam.example' }).click();
    await announced(page, 'spam.example is niet meer geblokkeerd.');
    expect(await s.t.sql(`SELECT * FROM federation_blocked_instances`)).toEqual([]);

    const member = await s.signedIn(s.w.member);
    await member.goto(`${s.t.url}/remote`);
    await member.getByRole('heading', { name: 'Gemeenschappen op andere servers', level: 1 }).waitFor();
    await member.getByText('Je volgt nog geen gemeenschappen op andere servers.').waitFor();
    expect(await member.getByRole('heading', { name: 'Geblokkeerde servers (platformbeheer)' }).count()).toBe(0);
  });

  it('a member likes a remote thread, edits and deletes their own reply to it (with confirmation); each is kept and sent', async () => {
    const base = 'https://elders.invalid/ap/actors/c-1';
    const [actor] = await s.t.sql<{ id: string }>(
      `INSERT INTO federation_remote_actors (uri, type, host, handle, display_name, inbox) VALUES ($1, 'Group', 'elders.invalid', 'boeken@elders.invalid', 'Boeken', $2) RETURNING id`,
      [base, `${base}/inbox`],
    );
    const [c] = await s.t.sql<{ id: string }>(
      `INSERT INTO federation_remote_communities (actor_id, handle, name, summary, url, accepted) VALUES ($1, 'boeken@elders.invalid', 'Boeken Elders', '', $2, true) RETURNING id`,
      [actor.id, base],
    );
    const page1 = 'https://elders.invalid/ap/threads/1';
    const [thread] = await s.t.sql<{ id: string }>(
      `INSERT INTO federation_remote_posts (remote_community_id, uri, thread_uri, title, content_html, author_name, author_uri, published)
         VALUES ($1, $2, $2, 'Favoriete dichter?', '<p>Noem er een.</p>', 'Bibliothecaris Elders', 'https://elders.invalid/ap/actors/u-1', now()) RETURNING id`,
      [c.id, page1],
    );
    const [reply] = await s.t.sql<{ id: string }>(
      `INSERT INTO federation_remote_posts (remote_community_id, uri, thread_uri, in_reply_to, content_html, author_name, author_uri, published, local_author_id)
         VALUES ($1, $2, $3, $3, '<p>Vasalis</p>', 'Lid', $4, now(), $5) RETURNING id`,
      [c.id, `${s.t.url}/ap/replies/00000000-0000-4000-8000-000000000001`, page1, `${s.t.url}/ap/actors/u-${s.w.member.id}`, s.w.member.id],
    );
    await s.t.sql(`INSERT INTO federation_remote_follows (remote_community_id, user_id) VALUES ($1, $2)`, [c.id, s.w.member.id]);

    const page = await s.signedIn(s.w.member);
    await page.goto(`${s.t.url}/remote`);
    await page.getByRole('button', { name: 'Discussies tonen' }).click();
    const article = page.getByRole('article', { name: 'Favoriete dichter?' });
    await article.waitFor();
    const like = article.getByRole('button', { name: 'Vind ik leuk' }).first();
    expect(await like.getAttribute('aria-pressed')).toBe('false');
    await like.click();
    await announced(page, 'Je vindt dit leuk; de andere server hoort het.');
    expect(await like.getAttribute('aria-pressed')).toBe('true');
    expect(await s.t.sql(`SELECT count(*)::int AS n FROM federation_remote_likes WHERE remote_post_id = $1`, [thread.id])).toEqual([
      { n: 1 },
    ]);

    await page.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByLabel('Je reactie bewerken').fill('Vasalis en *Szymborska*');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await announced(page, 'Je reactie is bijgewerkt; de andere server krijgt de nieuwe tekst.');
    await page.getByText('Szymborska').waitFor();
    const [edited] = await s.t.sql<{ content_html: string }>(`SELECT content_html FROM federation_remote_posts WHERE id = $1`, [reply.id]);
    expect(edited.content_html).toContain('<em>Szymborska</em>');
    await checkScreen(page, 'remote-post-actions');

    await page.getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Je reactie verwijderen?' });
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await announced(page, 'Je reactie is verwijderd.');
    await page.getByText('Dit bericht is verwijderd.').waitFor();
    const [gone] = await s.t.sql<{ deleted: boolean }>(
      `SELECT deleted_at IS NOT NULL AS deleted FROM federation_remote_posts WHERE id = $1`,
      [reply.id],
    );
    expect(gone.deleted).toBe(true);
  });
});
