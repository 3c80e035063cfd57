/**
 * Red team (issue 18): every input of the events domain is checked before it reaches the database. A null title
 * or description in updateEvent passed validation (`@IsOptional` lets null through) and ended as a NOT NULL
 * violation: INTERNAL_SERVER_ERROR instead of a refusal with a reason.
 */
import { world, World } from './support/factories';
import { gql, ok } from './support/gql';
import { TestApp, createTestApp } from './support/test-app';

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateEventInput!) { updateEvent(input: $input) { id title description } }`;
const DAY = 86_400_000;

describe('red team: events refuse bad input with a reason', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://waardenet.example' });
    w = await world(t);
  });
  afterAll(() => t.close());

  it('updateEvent: a null title is refused with the field and changes nothing; a null description clears it', async () => {
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const input = {
      communityId: w.pub.id,
      title: 'Leesclub',
      description: 'Samen lezen.',
      startsAt: at(3 * DAY),
      endsAt: at(3 * DAY + 3_600_000),
    };
    const { id } = (await ok(t, CREATE, { input: { ...input, location: 'Zaal 1' } }, w.manager.token)).createEvent;
    const row = async () => (await t.sql(`SELECT * FROM library_events WHERE id = $1`, [id]))[0];
    const before = await row();

    const refused = await gql(t, UPDATE, { input: { eventId: id, title: null } }, w.manager.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: { title: expect.any(Array) },
    });
    expect(await row()).toEqual(before);

    const cleared = await gql(t, UPDATE, { input: { eventId: id, description: null } }, w.manager.token);
    expect(cleared.data?.updateEvent).toEqual({ id, title: 'Leesclub', description: '' });
  });
});
