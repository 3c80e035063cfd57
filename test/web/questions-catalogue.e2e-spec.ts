import { ok } from '../support/gql';
import { createPost, createThread, registerUser, world } from '../support/factories';
import { ACCEPT, CREATE_ITEM, PUBLISH, nationalSetup, openChapter, propose } from '../support/permission-cases-network';
import { TestApp } from '../support/test-app';
import { describeInBrowser, expectAccessible, screenshot, waitForLive } from './browser';
import { browserSuite } from './suite';

const LINK = `mutation($input: ThreadItemInput!) { linkItem(input: $input) { id } }`;

/** The world, and a verified expert who is an EXPERT member of its public community. */
async function setUp(t: TestApp) {
  const w = await world(t);
  const expert = await registerUser(t, { displayName: 'Dirk Deskundig' });
  const claim = await ok(
    t,
    `mutation($input: ClaimExpertiseInput!) { claimExpertise(input: $input) { id } }`,
    { input: { topic: 'Fietsgeschiedenis', evidence: 'Conservator', libraryId: w.library.id } },
    expert.token,
  );
  await ok(
    t,
    `mutation($input: VerifyExpertiseInput!) { verifyExpertise(input: $input) { id } }`,
    { input: { expertiseId: claim.claimExpertise.id, libraryId: w.library.id } },
    w.manager.token,
  );
  await ok(t, `mutation($id: ID!) { joinAsExpert(communityId: $id) { role } }`, { id: w.pub.id }, expert.token);
  return { ...w, expert };
}

describeInBrowser('web client: questions, expert badges and catalogue items', () => {
  const s = browserSuite({ setUp });

  it('the asker accepts an expert’s reply with the keyboard; another reader sees it marked and first, live', async () => {
    const { t, w } = s;
    const { expert } = w;
    const question = await createThread(t, w.member, w.pub.id, { title: 'Wanneer kwam de eerste fiets naar Utrecht?', kind: 'QUESTION' });
    await createPost(t, w.manager, question.id, 'Ergens rond 1870, denk ik.');
    const answer = await createPost(t, expert, question.id, 'In 1869 reed de eerste vélocipède over de Neude.');

    const reader = await s.visitor();
    await reader.goto(`${t.url}/thread/${question.id}`);
    await reader.getByRole('heading', { level: 1, name: question.title }).waitFor();
    await waitForLive(reader);
    // No accept buttons for someone who did not ask.
    expect(await reader.getByRole('button', { name: 'Kiezen als antwoord' }).count()).toBe(0);

    const asker = await s.signedIn(w.member);
    await asker.goto(`${t.url}/thread/${question.id}`);
    const expertReply = asker.locator('.reply-list article', { hasText: 'vélocipède' });
    await expertReply.getByText('Expert: Fietsgeschiedenis').waitFor();
    const accept = expertReply.getByRole('button', { name: 'Kiezen als antwoord' });
    await accept.focus();
    await asker.keyboard.press('Enter');
    await expertReply.getByText('Gekozen antwoord').waitFor();
    await expertReply.getByRole('button', { name: 'Niet meer als antwoord' }).waitFor();
    await expectAccessible(asker, 'thread (question, answer accepted)');

    const readerAnswer = reader.locator('.reply-list article', { hasText: 'vélocipède' });
    await readerAnswer.getByText('Gekozen antwoord').waitFor({ timeout: 10_000 });
    // The accepted answer now comes first, before the earlier reply.
    expect(await reader.locator('.reply-list > li').first().textContent()).toContain('vélocipède');
    const [row] = await t.sql<{ accepted_post_id: string }>(`SELECT accepted_post_id FROM questions WHERE thread_id = $1`, [question.id]);
    expect(row.accepted_post_id).toBe(answer.id);
    await screenshot(reader, 'accepted-answer-live');

    await expertReply.getByRole('button', { name: 'Niet meer als antwoord' }).click();
    await reader.locator('.post-accepted').waitFor({ state: 'detached', timeout: 10_000 });
  });

  it('an item page shows the record, the libraries that hold it, the conversations the viewer may read and their experts; the thread links to it', async () => {
    const { t, w } = s;
    const { expert } = w;
    const [item] = await t.sql<{ id: string }>(
      `INSERT INTO collection_items (isbn13, title, creators, subjects, year, publisher) VALUES ('9789000000019', 'De fiets in Nederland', '{"Fuchs, Anne"}', '{Fietsen}', 2019, 'Uitgeverij Wiel') RETURNING id`,
    );
    await t.sql(`INSERT INTO holdings (library_id, item_id, record_id) VALUES ($1, $2, 'r1')`, [w.library.id, item.id]);
    const open = await createThread(t, w.member, w.pub.id, { title: 'Leesclub: De fiets in Nederland' });
    await ok(t, LINK, { input: { threadId: open.id, itemId: item.id } }, w.member.token);
    await createPost(t, expert, open.id, 'Hoofdstuk 3 is het sterkst.');
    const secret = await createThread(t, w.manager, w.priv.id, { title: 'Geheim overleg over de fiets' });
    await ok(t, LINK, { input: { threadId: secret.id, itemId: item.id } }, w.manager.token);

    const page = await s.visitor();
    await page.goto(`${t.url}/thread/${open.id}`);
    const items = page.getByRole('region', { name: 'Over deze titels' });
    await items.getByRole('link', { name: 'De fiets in Nederland' }).click();
    await page.getByRole('heading', { level: 1, name: 'De fiets in Nederland' }).waitFor();
    await page.getByText('Fuchs, Anne').waitFor();
    await page.getByText('9789000000019').waitFor();
    await page.getByText('2019', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Te leen bij' }).getByRole('link', { name: w.library.name }).waitFor();
    const threads = page.getByRole('region', { name: 'Gesprekken over deze titel' });
    await threads.getByRole('link', { name: open.title }).waitFor();
    // The private community's thread reaches no one who may not read it.
    expect(await page.getByText('Geheim overleg').count()).toBe(0);
    await page.getByRole('region', { name: 'Experts in deze gesprekken' }).getByText('Dirk Deskundig').waitFor();
    await expectAccessible(page, 'item');
    await screenshot(page, 'item-page');

    // A member of the private community does see that thread.
    const insider = await s.signedIn(w.manager);
    await insider.goto(`${t.url}/item/${item.id}`);
    await insider.getByRole('link', { name: secret.title }).waitFor();
  });

  it('a chapter’s thread shown nationally says where it comes from; a published content item names its source', async () => {
    const { t, w } = s;
    const editor = await registerUser(t, { displayName: 'Landelijke redactie' });
    const national = await nationalSetup(t, w.admin, editor);
    const chapter = await openChapter(t, w.manager, national.community.id, w.library.id);
    const thread = await createThread(t, w.manager, chapter.id, { title: 'Fietsroutes langs bibliotheken' });
    await ok(t, ACCEPT, { id: await propose(t, w.manager, thread.id) }, editor.token);

    const page = await s.visitor();
    await page.goto(`${t.url}/thread/${thread.id}`);
    await page.getByRole('heading', { level: 1, name: thread.title }).waitFor();
    const provenance = page.locator('.provenance', { hasText: `Uit ${w.library.name}` });
    await provenance.getByRole('link', { name: chapter.name }).waitFor();
    await expectAccessible(page, 'thread (syndicated)');
    await screenshot(page, 'thread-provenance');

    // A thread published from the content database names its source and licence.
    const item = await ok(
      t,
      CREATE_ITEM,
      { input: { libraryId: national.library.id, title: 'Fietsmaand 2026', body: 'Deel je mooiste route.', licence: 'CC BY 4.0' } },
      editor.token,
    );
    const published = await ok(
      t,
      PUBLISH,
      { input: { communityId: national.community.id, contentItemId: item.createContentItem.id } },
      editor.token,
    );
    await page.goto(`${t.url}/thread/${published.publishContent.id}`);
    await page
      .locator('.provenance', { hasText: `Gepubliceerd uit “Fietsmaand 2026” van ${national.library.name}` })
      .getByText('licentie CC BY 4.0', { exact: false })
      .waitFor();
  });
});
