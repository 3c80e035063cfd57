import { EntityManager } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Community, MemberRole, Membership, MembershipState, Visibility } from '@waardenet/communities';
import { present } from '@waardenet/core';
import { Library } from '@waardenet/libraries';

interface Seeded {
  users: Map<string, User>;
  libraries: Map<string, Library>;
  communities: Map<string, Community>;
  threads: Map<string, string>;
}

const ITEMS = [
  {
    isbn13: '9789045047317',
    title: 'De klimaatcrisis in 100 vragen',
    creators: ['Jansen, Marieke'],
    year: 2021,
    subjects: ['Klimaatverandering'],
    thread: 'Leestips: klimaatboeken voor beginners',
  },
  {
    isbn13: null,
    recordId: 'UTR-ADR-1900',
    title: 'Adresboek van de gemeente Utrecht 1900',
    creators: ['Gemeente Utrecht'],
    year: 1900,
    subjects: ['Utrecht', 'Adresboeken'],
    thread: 'Wie weet meer over de Bijlhouwerstraat rond 1900?',
  },
  {
    isbn13: '9789040089473',
    title: 'Utrecht, een geschiedenis in foto’s',
    creators: ['Bakker, Sanne'],
    year: 2018,
    subjects: ['Utrecht', 'Fotografie', 'Geschiedenis'],
    thread: null,
  },
];

/**
 * The value-network part of the demo: the expert's expertise verified by Bibliotheek Utrecht, question
 * timings, a local chapter of the national climate community, and a few catalogue items linked to
 * threads — so a newcomer sees badges, chapters and item pages at once.
 */
export async function seedValueNetwork(em: EntityManager, s: Seeded): Promise<void> {
  const utrecht = present(s.libraries.get('utrecht'), 'demo utrecht');
  const manager = present(s.users.get('manager'), 'demo manager');
  const expert = present(s.users.get('expert'), 'demo expert');
  const [expertise] = await em.query<{ id: string }[]>(
    `INSERT INTO expertise (user_id, topic, topic_key, evidence, state, library_id, verified_by_id, verified_at)
     VALUES ($1, 'Utrechtse geschiedenis', 'utrechtse geschiedenis', 'Historicus, Universiteit Utrecht', 'VERIFIED', $2, $3, now()) RETURNING id`,
    [expert.id, utrecht.id, manager.id],
  );
  await em.query(
    `INSERT INTO expertise_log (expertise_id, user_id, library_id, actor_id, action, topic) VALUES ($1, $2, $3, $4, 'VERIFIED', 'Utrechtse geschiedenis')`,
    [expertise.id, expert.id, utrecht.id, manager.id],
  );
  // Conversations that took some days, so first-reply times and weekly figures look like a real week.
  await em.query(`UPDATE posts SET created_at = now() - interval '3 days' + (seq - 1) * interval '150 minutes'`);
  await em.query(`UPDATE threads t SET created_at = p.created_at, last_activity_at = (SELECT max(created_at) FROM posts WHERE thread_id = t.id)
    FROM posts p WHERE p.thread_id = t.id AND p.seq = 1`);
  await em.query(
    `INSERT INTO questions (thread_id, asked_at, first_reply_at)
     SELECT t.id, t.created_at, (SELECT min(p.created_at) FROM posts p WHERE p.thread_id = t.id AND p.seq > 1 AND p.author_id <> t.author_id)
     FROM threads t WHERE t.kind = 'QUESTION' ON CONFLICT (thread_id) DO NOTHING`,
  );

  const national = present(s.communities.get('klimaat-en-duurzaamheid'), 'demo klimaat-en-duurzaamheid');
  const chapter = await em.save(
    em.create(Community, {
      libraryId: utrecht.id,
      slug: 'klimaat-utrecht',
      name: 'Klimaat & duurzaamheid – Bibliotheek Utrecht',
      theme: national.theme,
      description: 'De Utrechtse afdeling van het landelijke klimaatnetwerk: lokale initiatieven en bronnen.',
      visibility: Visibility.PUBLIC,
    }),
  );
  await em.insert(Membership, { communityId: chapter.id, userId: manager.id, role: MemberRole.OWNER, state: MembershipState.ACTIVE });
  await em.query(`INSERT INTO chapters (community_id, national_community_id, library_id, created_by_id) VALUES ($1, $2, $3, $4)`, [
    chapter.id,
    national.id,
    utrecht.id,
    manager.id,
  ]);

  for (const item of ITEMS) {
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO collection_items (isbn13, title, creators, subjects, year) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [item.isbn13, item.title, item.creators, item.subjects, item.year],
    );
    await em.query(`INSERT INTO holdings (library_id, item_id, record_id) VALUES ($1, $2, $3)`, [
      utrecht.id,
      row.id,
      item.recordId ?? `UTR-${item.isbn13}`,
    ]);
    const threadId = item.thread && s.threads.get(item.thread);
    if (threadId)
      await em.query(`INSERT INTO thread_items (thread_id, item_id, linked_by_id) VALUES ($1, $2, $3)`, [threadId, row.id, manager.id]);
  }
  // Where a title is in Utrecht's own catalogue (a made-up address): a thread's items link there through /out/catalogue, counted in the reach figures.
  await em.query(
    `UPDATE libraries SET catalogue_url_template = 'https://catalogus.bibliotheek-utrecht.example/titel/{recordId}' WHERE id = $1`,
    [utrecht.id],
  );
}
