import { EntityManager } from 'typeorm';
import { User } from '@waardenet/accounts';
import { Community } from '@waardenet/communities';
import { present, renderMarkdown } from '@waardenet/core';
import { Library } from '@waardenet/libraries';
import { handleBase } from '@waardenet/notifications';

interface Seeded {
  users: Map<string, User>;
  libraries: Map<string, Library>;
  communities: Map<string, Community>;
}

const DAY = 86_400_000;

/** An instant `days` from now at hh:mm Amsterdam time (winter time, UTC+1, as in December; close enough for a demo in summer too). */
function at(days: number, hh: number, mm: number): Date {
  const d = new Date(Date.now() + days * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), hh - 1, mm));
}

const CONTENT = [
  {
    title: 'Campagne Week van het Klimaat: startpakket',
    body: 'Een **startpakket** voor bibliotheken: drie gespreksvragen, een leestafel met klimaatboeken en een affiche.\n\n- Gespreksvraag 1: wat doe jij al?\n- Gespreksvraag 2: wat zou je willen leren?',
    tags: ['klimaat', 'campagne'],
    campaign: 'Week van het Klimaat',
  },
  {
    title: 'Uitleg: zo herken je nepnieuws',
    body: 'Vier vragen om een bericht te **controleren**: wie zegt het, waar komt het vandaan, wat zeggen anderen, en wat voel je erbij?',
    tags: ['mediawijsheid'],
    campaign: null,
  },
];

/**
 * The demo's finishing touches (issue #18 asks 6 and 9): every demo account has an @handle and is not new
 * any more (so the new-account limits do not hold a demo back); the national foundation shares items in the
 * content database; Bibliotheek Utrecht has coming events, a lecture by its verified expert among them,
 * which the reader already signed up for.
 */
export async function seedDemoExtras(em: EntityManager, s: Seeded): Promise<void> {
  const taken = new Set<string>();
  for (const user of s.users.values()) {
    let handle = handleBase(user.displayName);
    for (let n = 2; taken.has(handle); n++) handle = `${handleBase(user.displayName)}${n}`;
    taken.add(handle);
    await em.query(`UPDATE users SET handle = $2, created_at = now() - interval '60 days' WHERE id = $1 AND handle IS NULL`, [
      user.id,
      handle,
    ]);
    await em.query(`UPDATE users SET created_at = now() - interval '60 days' WHERE id = $1`, [user.id]);
  }

  const national = present(s.libraries.get('national'), 'demo national library');
  const admin = present(s.users.get('admin'), 'demo admin');
  for (const c of CONTENT) {
    await em.query(
      `INSERT INTO content_items (title, body, body_html, tags, campaign, owner_library_id, shared_nationally, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, true, $7)`,
      [c.title, c.body, renderMarkdown(c.body), c.tags, c.campaign, national.id, admin.id],
    );
  }

  const manager = present(s.users.get('manager'), 'demo manager');
  const citizen = present(s.users.get('citizen'), 'demo citizen');
  const history = present(s.communities.get('utrechtse-geschiedenis'), 'demo utrechtse-geschiedenis');
  const thrillers = present(s.communities.get('leesclub-thrillers'), 'demo leesclub-thrillers');
  const events = [
    {
      community: history,
      title: 'Lezing: Utrecht rond 1900, met Dr. Sanne Bakker',
      description:
        'Historicus Sanne Bakker vertelt over het dagelijks leven in Utrecht rond 1900, aan de hand van het adresboek uit de collectie.',
      startsAt: at(9, 19, 30),
      endsAt: at(9, 21, 0),
      location: 'Bibliotheek Neude, Utrecht (zaal 2)',
      onlineUrl: null,
      capacity: 40,
    },
    {
      community: thrillers,
      title: 'Leesclub: het boek van december',
      description: 'We bespreken samen de thriller van de maand. Nieuwe lezers zijn welkom.',
      startsAt: at(16, 20, 0),
      endsAt: at(16, 21, 30),
      location: 'Bibliotheek Overvecht',
      onlineUrl: 'https://meet.bibliotheek-utrecht.example/leesclub',
      capacity: 12,
    },
  ];
  for (const e of events) {
    const [row] = await em.query<{ id: string }[]>(
      `INSERT INTO library_events (community_id, title, description, starts_at, ends_at, location, online_url, capacity, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [e.community.id, e.title, e.description, e.startsAt, e.endsAt, e.location, e.onlineUrl, e.capacity, manager.id],
    );
    await em.query(`INSERT INTO event_rsvps (event_id, user_id, status) VALUES ($1, $2, 'GOING')`, [row.id, citizen.id]);
  }
}
