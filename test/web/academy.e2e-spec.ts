import type { Page } from 'playwright-core';
import { TestUser, addStaff, createLibrary, createPost, createThread, registerUser, world } from '../support/factories';
import { describeInBrowser } from './browser';
import { checkScreen } from './screen-check';
import { browserSuite } from './suite';

const said = (page: Page, text: string) => page.getByText(text).first().waitFor();

describeInBrowser('web client: the Academy and the national programme (issue 18 asks 5 and 8)', () => {
  const s = browserSuite({
    setUp: async (t) => {
      const w = await world(t);
      const national = await createLibrary(t, w.admin, { kind: 'NATIONAL' });
      const editor: TestUser = await registerUser(t, { displayName: 'Landelijke redacteur' });
      await addStaff(t, w.admin, national.id, editor, 'COMMUNITY_MANAGER');
      return { ...w, editor };
    },
  });

  it('national staff publish a course and a library’s staff complete it (the dashboard said 0 trained before)', async () => {
    const { t, w } = s;
    const editorPage = await s.signedIn(w.editor);

    // Before: no library is trained.
    await editorPage.goto(`${t.url}/national`);
    await editorPage.getByRole('heading', { level: 2, name: 'Het landelijke programma' }).waitFor();
    await said(editorPage, '0 van 167 (0%)');

    // Writing the basic course.
    await editorPage.goto(`${t.url}/academy`);
    await editorPage.getByRole('link', { name: 'Nieuwe cursus schrijven' }).click();
    await editorPage.getByRole('heading', { level: 1, name: 'Nieuwe cursus' }).waitFor();
    await editorPage.getByLabel('Titel van de cursus').fill('Sociale media: de basis');
    await editorPage.getByLabel('Korte samenvatting').fill('Professioneel aanwezig zijn als bibliotheek.');
    await editorPage.getByLabel(/Dit is de basiscursus/).check();
    await editorPage.getByLabel('Titel', { exact: true }).fill('Waarom sociale media?');
    await editorPage.getByLabel('Tekst (markdown)').fill('De collectie blijft het **vertrekpunt**; de bibliotheek voegt betekenis toe.');
    const q1 = editorPage.getByRole('group', { name: 'Vraag 1 van module 1' });
    await q1.getByLabel('Vraag', { exact: true }).fill('Wat blijft het vertrekpunt?');
    await q1.getByLabel('Antwoordmogelijkheden (één per regel)').fill('De advertenties\nDe collectie');
    await q1.getByLabel('Goede antwoord').selectOption('1');
    await editorPage.getByRole('button', { name: 'Vraag toevoegen aan module 1' }).click();
    const q2 = editorPage.getByRole('group', { name: 'Vraag 2 van module 1' });
    await q2.getByLabel('Vraag', { exact: true }).fill('Wie voegen kennis toe?');
    await q2.getByLabel('Antwoordmogelijkheden (één per regel)').fill('Experts en lezers\nNiemand');
    await checkScreen(editorPage, 'academy-course-editor');
    await editorPage.getByRole('button', { name: 'Opslaan' }).click();
    await editorPage.getByRole('heading', { level: 1, name: 'Cursus bewerken' }).waitFor();
    const [course] = await t.sql<{ id: string; basic: boolean; published_at: Date | null }>(
      `SELECT id, basic, published_at FROM academy_courses WHERE title = 'Sociale media: de basis'`,
    );
    expect(course).toMatchObject({ basic: true, published_at: null });
    await editorPage.getByRole('button', { name: 'Publiceren' }).click();
    await said(editorPage, 'Gepubliceerd: medewerkers van bibliotheken zien de cursus nu.');
    expect((await t.sql(`SELECT published_at FROM academy_courses WHERE id = $1`, [course.id]))[0].published_at).toBeTruthy();
    await editorPage.goto(`${t.url}/academy`);
    await editorPage.getByRole('link', { name: 'Sociale media: de basis' }).waitFor();
    await checkScreen(editorPage, 'academy-courses-national');

    // A library's staff member takes it: a wrong answer is said per question, then all right completes it.
    const staffPage = await s.signedIn(w.manager);
    await staffPage.goto(
      `${t.url}/library/${(await t.sql<{ slug: string }>(`SELECT slug FROM libraries WHERE id = $1`, [w.library.id]))[0].slug}`,
    );
    await staffPage.getByRole('link', { name: 'Academie: cursussen voor medewerkers' }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Academie' }).waitFor();
    await staffPage.getByText('0 van 1 modules gehaald').waitFor();
    await checkScreen(staffPage, 'academy-courses');
    await staffPage.getByRole('link', { name: 'Sociale media: de basis' }).click();
    await staffPage.getByRole('heading', { level: 1, name: 'Sociale media: de basis' }).waitFor();
    await staffPage.locator('.post-body strong', { hasText: 'vertrekpunt' }).waitFor();
    const first = staffPage.getByRole('group', { name: 'Vraag 1: Wat blijft het vertrekpunt?' });
    const second = staffPage.getByRole('group', { name: 'Vraag 2: Wie voegen kennis toe?' });
    await first.getByLabel('De advertenties').check();
    await second.getByLabel('Experts en lezers').check();
    await staffPage.getByRole('button', { name: 'Antwoorden controleren' }).click();
    await first.getByText('Nog niet goed').waitFor();
    await second.getByText('Goed', { exact: false }).waitFor();
    await said(staffPage, '1 van 2 goed.');
    await checkScreen(staffPage, 'academy-course-player');
    expect(await t.sql(`SELECT 1 FROM academy_completions`)).toEqual([]);
    await first.getByLabel('De collectie').check();
    await staffPage.getByRole('button', { name: 'Antwoorden controleren' }).click();
    await said(staffPage, 'Gefeliciteerd: je hebt de basiscursus afgerond. Je bibliotheek telt nu als getraind.');
    await checkScreen(staffPage, 'academy-course-completed');
    expect(await t.sql(`SELECT user_id FROM academy_completions WHERE course_id = $1`, [course.id])).toEqual([{ user_id: w.manager.id }]);
  }, 180_000);

  it('then the national dashboard’s trained figure has risen, per library, against the target and per week', async () => {
    const { t, w } = s;
    const editorPage = await s.signedIn(w.editor);
    // The national dashboard: one library trained now, per library and against the target, in the chart's table too.
    await editorPage.goto(`${t.url}/national`);
    await said(editorPage, '1 van 167 (1%)');
    await editorPage.getByRole('img', { name: /Het programma per week/ }).waitFor();
    await editorPage.getByText('Toon als tabel').first().click();
    // Each library's phases over the weeks, in words beside the strip: the world's library is trained since this week.
    const [{ name: libraryName }] = await t.sql<{ name: string }>(`SELECT name FROM libraries WHERE id = $1`, [w.library.id]);
    const row = editorPage.getByRole('row').filter({ has: editorPage.getByRole('rowheader', { name: libraryName }) });
    await row.getByText(/^Getraind: sinds de week van \d+ \w+\.?\.$/).waitFor();
    await row.getByText('Faciliteert een waardenetwerk: niet in deze 8 weken.').waitFor();
    await checkScreen(editorPage, 'national-programme');
    // Only national admins get the targets form.
    expect(await editorPage.getByRole('button', { name: 'Doelen opslaan' }).count()).toBe(0);
  }, 120_000);

  it('a national admin changes the targets, and the bars measure against the new ones', async () => {
    const { t, w } = s;
    const page = await s.signedIn(w.admin);
    await page.goto(`${t.url}/national`);
    await page.getByRole('heading', { level: 3, name: 'Doelen aanpassen' }).waitFor();
    await page.getByLabel('Getraind', { exact: true }).fill('170');
    await page.getByRole('button', { name: 'Doelen opslaan' }).click();
    await said(page, 'De doelen zijn opgeslagen.');
    await said(page, 'van 170');
    expect(await t.sql(`SELECT trained, present, facilitating FROM programme_targets`)).toEqual([
      { trained: 170, present: 125, facilitating: 50 },
    ]);
    await checkScreen(page, 'national-programme-targets');
  }, 120_000);

  it('people who are no library staff are told the Academy is for library staff', async () => {
    const { t, w } = s;
    const page = await s.signedIn(w.member);
    await page.goto(`${t.url}/academy`);
    await page.getByText('De Academie is voor medewerkers van bibliotheken.').waitFor();
    await checkScreen(page, 'academy-refused');
  });

  it('a library’s figures show activity and first-reply times per week as charts, and its programme phases per week, with their tables', async () => {
    const { t, w } = s;
    const thread = await createThread(t, w.member, w.pub.id, { title: 'Wie kent een goed leesclubboek?' });
    await createPost(t, w.manager, thread.id, 'Probeer eens een roman van Hella Haasse.');
    const page = await s.signedIn(w.manager);
    const [{ slug }] = await t.sql<{ slug: string }>(`SELECT slug FROM libraries WHERE id = $1`, [w.library.id]);
    await page.goto(`${t.url}/library/${slug}/figures`);
    await page.getByRole('img', { name: /Activiteit per week/ }).waitFor();
    await page.getByRole('img', { name: /Tijd tot eerste reactie/ }).waitFor();
    await page.getByText('Toon als tabel').first().click();
    // The library's programme phases per week (its staff completed the basic course and wrote this week): in words and as a table.
    const phases = page.getByRole('img', { name: /^Fasen van .+ per week/ });
    await phases.waitFor();
    expect(await phases.getAttribute('aria-labelledby')).toBe('library-phases-title library-phases-desc');
    const desc = await page.locator('#library-phases-desc').textContent();
    expect(desc).toMatch(
      /^Getraind: sinds de week van .+\. Professioneel aanwezig: sinds de week van .+\. Faciliteert een waardenetwerk: niet in deze 8 weken\.$/,
    );
    const phaseFigure = page.locator('figure.phase-timeline');
    await phaseFigure.getByText('Toon als tabel').click();
    expect(await phaseFigure.getByRole('row').last().getByRole('cell').allTextContents()).toEqual(['ja', 'ja', 'nee']);
    await page.getByRole('link', { name: 'Fasen per week downloaden (CSV)' }).waitFor();
    await checkScreen(page, 'library-figures-charts');
  }, 120_000);
});
