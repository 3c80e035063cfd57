import request from 'supertest';
import { logger } from '@waardenet/core';
import { registerAdmin, TestUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { leaksNothing, stillAnswers } from './helpers';

/** Path segments an attacker or a broken link may put where an id belongs (already percent-encoded for the URL). */
const BAD_IDS: [label: string, segment: string][] = [
  ['a word', 'not-a-uuid'],
  ['a NUL byte', '%00'],
  ['a UUID ending in a NUL byte', '00000000-0000-0000-0000-00000000000%00'],
  ['a UUID one digit too long', '00000000-0000-0000-0000-0000000000000'],
  ['SQL', "1'%20OR%20'1'='1"],
  ['non-ASCII letters', '%C3%A9t%C3%A9'],
  ['2,000 characters', 'x'.repeat(2000)],
];

/** Every REST path with an id or slug in it (the figures CSVs and the catalogue import). */
const ID_PATHS: [string, (id: string) => string][] = [
  ['community figures CSV', (id) => `/api/figures/communities/${id}.csv`],
  ['library figures CSV', (id) => `/api/figures/libraries/${id}.csv`],
];

/** Finding 14: a NUL byte or a non-UUID in a REST path was a 500 with a stack trace in the log. */
describe('security: bad ids in REST paths are 400 with a reason, and log nothing', () => {
  let t: TestApp;
  let admin: TestUser;
  let logged: jest.SpyInstance[];
  beforeAll(async () => {
    t = await createTestApp();
    admin = await registerAdmin(t);
  });
  afterAll(() => t.close());
  beforeEach(() => (logged = [jest.spyOn(logger, 'error'), jest.spyOn(logger, 'warn')]));
  afterEach(() => jest.restoreAllMocks());

  const nothingLogged = () => logged.forEach((spy) => expect(spy).not.toHaveBeenCalled());

  describe.each(ID_PATHS)('%s', (_, path) => {
    it.each(BAD_IDS)('refuses %s as INVALID_ID', async (_label, id) => {
      const res = await request(t.url).get(path(id)).set('authorization', `Bearer ${admin.token}`).set('accept-language', 'en');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', param: 'id' });
      expect(res.body.message).toMatch(/^The id in the address, "[\x20-\x7e]{1,50}", is not a valid id\.$/);
      leaksNothing(res.text);
      nothingLogged();
    });

    it('answers a broken percent-escape with 400 too (the router refuses it before any controller), logging nothing', async () => {
      const res = await request(t.url).get(path('%E0%A4%A')).set('authorization', `Bearer ${admin.token}`).set('accept-language', 'en');
      expect(res.status).toBe(400);
      leaksNothing(res.text);
      nothingLogged();
    });

    it('still answers a well-formed id that names nothing as NOT_FOUND', async () => {
      const res = await request(t.url)
        .get(path('00000000-0000-0000-0000-000000000000'))
        .set('authorization', `Bearer ${admin.token}`)
        .set('accept-language', 'en');
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
      nothingLogged();
    });
  });

  describe('catalogue import', () => {
    it.each([
      ['a NUL byte', '%00'],
      ['capitals and a space', 'Bibliotheek%20Utrecht'],
      ['a slug ending in a NUL byte', 'utrecht%00'],
      ['a path', '..%2F..%2Fetc'],
      ['200 characters', 'x'.repeat(200)],
    ])('refuses %s as INVALID_SLUG and imports nothing', async (_label, slug) => {
      const res = await request(t.url)
        .post(`/api/libraries/${slug}/catalogue`)
        .set('authorization', `Bearer ${admin.token}`)
        .set('content-type', 'text/csv')
        .send('isbn,titel\n9789029512343,Een titel\n');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_SLUG', param: 'slug' });
      leaksNothing(res.text);
      nothingLogged();
      expect(await t.sql('SELECT 1 FROM collection_items')).toHaveLength(0);
    });
  });

  it('the server still answers afterwards', () => stillAnswers(t));
});
