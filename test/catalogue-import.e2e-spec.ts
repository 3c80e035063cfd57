import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReadableStream } from 'node:stream/web';
import { promisify } from 'node:util';
import request from 'supertest';
import { TestUser, World, addStaff, createLibrary, registerUser, world } from './support/factories';
import { TestApp, createTestApp } from './support/test-app';

const FIXTURES = join(__dirname, 'fixtures/catalogue');
const MARC = readFileSync(join(FIXTURES, 'sample.marcxml'));
const CSV = readFileSync(join(FIXTURES, 'sample.csv'));
const BROKEN_FOUR = { BAD_ISBN: 1, MISSING_TITLE: 1, DUPLICATE: 1, BAD_ENCODING: 1 };

function upload(t: TestApp, slug: string, body: Buffer | string, type: string, token?: string) {
  const req = request(t.url).post(`/api/libraries/${slug}/catalogue`).set('content-type', type).set('accept-language', 'en');
  if (token) req.set('authorization', `Bearer ${token}`);
  return req.send(body);
}

describe('catalogue import', () => {
  let t: TestApp;
  let w: World;
  let libAdmin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    libAdmin = await registerUser(t, { displayName: 'Bibliotheekbeheer' });
    await addStaff(t, w.admin, w.library.id, libAdmin, 'ADMIN');
  });
  afterAll(() => t.close());

  it('imports the MARCXML sample: good records created, each broken one skipped with its position and reason', async () => {
    const res = await upload(t, w.library.slug, MARC, 'application/marcxml+xml', libAdmin.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'marcxml', records: 8, created: 4, updated: 0, skipped: 4, skippedByReason: BROKEN_FOUR });
    expect(res.body.skips.map((s: { position: number; reason: string }) => [s.position, s.reason])).toEqual([
      [4, 'BAD_ISBN'],
      [5, 'MISSING_TITLE'],
      [6, 'DUPLICATE'],
      [7, 'BAD_ENCODING'],
    ]);
    expect(res.body.skips[0].message).toMatch(/wrong check digit/);
    expect(res.body.skips[0].line).toBeGreaterThan(1);
    const items = await t.sql<{ isbn13: string | null; title: string; creators: string[]; year: number; record_id: string }>(
      `SELECT i.isbn13, i.title, i.creators, i.year, h.record_id FROM collection_items i JOIN holdings h ON h.item_id = i.id
        WHERE h.library_id = $1 ORDER BY h.record_id`,
      [w.library.id],
    );
    expect(items).toEqual([
      { isbn13: '9789029512343', title: 'De avonden : een winterverhaal', creators: ['Reve, Gerard'], year: 1947, record_id: 'UTR-0001' },
      // The ISBN-10 90-29512-35-0, converted.
      { isbn13: '9789029512350', title: 'Max Havelaar', creators: ['Multatuli'], year: 1860, record_id: 'UTR-0002' },
      { isbn13: null, title: 'Kroniek van de Domkerk', creators: ['Jansen, Pieter', 'Vries, Anna de'], year: 1923, record_id: 'UTR-0003' },
      {
        isbn13: '9789029533331',
        title: 'Het Utrechts archief : bronnen en verhalen',
        creators: ['Smit, Lotte'],
        year: 2015,
        record_id: 'UTR-0008',
      },
    ]);
  });

  it('is idempotent: importing the same file again updates and creates nothing', async () => {
    const before = await t.sql(`SELECT count(*)::int AS n FROM collection_items`);
    const res = await upload(t, w.library.slug, MARC, 'application/xml', libAdmin.token);
    expect(res.body).toMatchObject({ records: 8, created: 0, updated: 4, skipped: 4, skippedByReason: BROKEN_FOUR });
    expect(await t.sql(`SELECT count(*)::int AS n FROM collection_items`)).toEqual(before);
  });

  it('imports the CSV sample with the same rules; an ISBN another library holds is one shared item', async () => {
    const other = await createLibrary(t, w.admin);
    const res = await upload(t, other.slug, CSV, 'text/csv', w.admin.token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'csv', records: 8, created: 4, updated: 0, skipped: 4, skippedByReason: BROKEN_FOUR });
    const [{ n }] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM holdings WHERE item_id = (SELECT id FROM collection_items WHERE isbn13 = '9789029512343')`,
    );
    expect(n).toBe(2);
    // CSV-3 has no ISBN: its own item, keyed by the CSV library's record id, not merged with UTR-0003.
    const [{ c }] = await t.sql<{ c: number }>(`SELECT count(*)::int AS c FROM collection_items WHERE title = 'Kroniek van de Domkerk'`);
    expect(c).toBe(2);
  });

  it('finds a record without an ISBN again by its record id, and updates it', async () => {
    const lib = await createLibrary(t, w.admin);
    const csv = (title: string) => `record_id,title,author,year\nR-1,${title},"Dijk, Jan van",1980\n`;
    expect((await upload(t, lib.slug, csv('Oude titel'), 'text/csv', w.admin.token)).body).toMatchObject({ created: 1, updated: 0 });
    expect((await upload(t, lib.slug, csv('Nieuwe titel'), 'text/csv', w.admin.token)).body).toMatchObject({ created: 0, updated: 1 });
    const rows = await t.sql(
      `SELECT i.title, i.isbn13 FROM collection_items i JOIN holdings h ON h.item_id = i.id WHERE h.library_id = $1`,
      [lib.id],
    );
    expect(rows).toEqual([{ title: 'Nieuwe titel', isbn13: null }]);
  });

  it('skips a CSV record with a NUL character as BAD_ENCODING and imports the rest, instead of a 500; MARCXML with one is not well-formed', async () => {
    const lib = await createLibrary(t, w.admin);
    const csv = await upload(
      t,
      lib.slug,
      'record_id,title\nN-1,Goede titel\nN-2,Titel met \u0000 erin\nN-3,Nog een\n',
      'text/csv',
      w.admin.token,
    );
    expect(csv.status).toBe(200);
    expect(csv.body).toMatchObject({ created: 2, skipped: 1, skippedByReason: { BAD_ENCODING: 1 } });
    expect(csv.body.skips[0]).toMatchObject({ position: 2, reason: 'BAD_ENCODING' });
    // XML 1.0 allows no NUL, raw or as &#0;: the file is refused as not well-formed (400), not a 500.
    const marc = `<?xml version="1.0" encoding="UTF-8"?><collection xmlns="http://www.loc.gov/MARC21/slim">
      <record><controlfield tag="001">M-1</controlfield><datafield tag="245" ind1="0" ind2="0"><subfield code="a">Titel NUL met nul</subfield></datafield></record>
    </collection>`;
    for (const nul of ['&#0;', '\u0000']) {
      const xml = await upload(t, lib.slug, marc.replace('NUL', nul), 'application/marcxml+xml', w.admin.token);
      expect(xml.status).toBe(400);
      expect(xml.body).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const rows = await t.sql(
      `SELECT i.title FROM collection_items i JOIN holdings h ON h.item_id = i.id WHERE h.library_id = $1 ORDER BY i.title`,
      [lib.id],
    );
    expect(rows.map((r) => r.title)).toEqual(['Goede titel', 'Nog een']);
  });

  it('counts a duplicate across batches (far apart in the file) once, as a skip', async () => {
    const lib = await createLibrary(t, w.admin);
    const lines = ['record_id,title'];
    for (let i = 1; i <= 2500; i++) lines.push(`D-${i},Titel ${i}`);
    lines.push('D-7,Titel zeven opnieuw');
    const res = await upload(t, lib.slug, lines.join('\n'), 'text/csv', w.admin.token);
    expect(res.body).toMatchObject({ records: 2501, created: 2500, skipped: 1, skippedByReason: { DUPLICATE: 1 } });
    expect(res.body.skips[0]).toMatchObject({ position: 2501, reason: 'DUPLICATE' });
  });

  it('streams a large upload, sent in chunks, into the importer', async () => {
    const lib = await createLibrary(t, w.admin);
    const records = 4000;
    async function* body() {
      yield Buffer.from('<?xml version="1.0"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n');
      for (let i = 1; i <= records; i++) {
        yield Buffer.from(
          `<record><controlfield tag="001">S-${i}</controlfield><datafield tag="245" ind1="0" ind2="0"><subfield code="a">Stroom ${i}</subfield></datafield></record>\n`,
        );
      }
      yield Buffer.from('</collection>\n');
    }
    const res = await fetch(`${t.url}/api/libraries/${lib.slug}/catalogue`, {
      method: 'POST',
      headers: { 'content-type': 'application/marcxml+xml', authorization: `Bearer ${w.admin.token}` },
      body: ReadableStream.from(body()),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ records, created: records, skipped: 0 });
  });

  describe('who may import through the api', () => {
    it.each([
      ['anyone not logged in', () => undefined, 401, 'UNAUTHENTICATED'],
      ["the library's community manager", () => w.manager.token, 403, 'FORBIDDEN'],
      ['a member of its communities', () => w.member.token, 403, 'FORBIDDEN'],
    ])('%s is refused', async (_who, token, status, code) => {
      const res = await upload(t, w.library.slug, CSV, 'text/csv', token());
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ code, message: expect.any(String) });
    });

    it("another library's admin is refused", async () => {
      const other = await createLibrary(t, w.admin);
      const otherAdmin = await registerUser(t);
      await addStaff(t, w.admin, other.id, otherAdmin, 'ADMIN');
      const res = await upload(t, w.library.slug, CSV, 'text/csv', otherAdmin.token);
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('an unknown library is NOT_FOUND; a body that is not CSV or MARCXML is BAD_USER_INPUT', async () => {
      expect((await upload(t, 'bestaat-niet', CSV, 'text/csv', w.admin.token)).body).toMatchObject({ code: 'NOT_FOUND' });
      const wrongType = await upload(t, w.library.slug, '{}', 'text/plain', libAdmin.token);
      expect(wrongType.status).toBe(400);
      expect(wrongType.body.code).toBe('BAD_USER_INPUT');
      const notMarc = await upload(t, w.library.slug, '<html><body/></html>', 'application/xml', libAdmin.token);
      expect(notMarc.status).toBe(400);
      expect(notMarc.body.message).toMatch(/not MARCXML/);
      const noTitle = await upload(t, w.library.slug, 'isbn,naam\n9789029512343,x\n', 'text/csv', libAdmin.token);
      expect(noTitle.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/title/) });
    });
  });

  describe('the command line', () => {
    const run = promisify(execFile);
    const cli = (args: string[]) =>
      // As `npm run import:catalogue` runs it (package.json), in a 128 MB heap.
      run(
        process.execPath,
        [
          '--max-old-space-size=128',
          '-r',
          'ts-node/register/transpile-only',
          '-r',
          'tsconfig-paths/register',
          'scripts/import-catalogue.ts',
          ...args,
        ],
        {
          cwd: join(__dirname, '..'),
          env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' },
        },
      );

    it('imports a fixture into a library and prints the summary; an unknown library exits non-zero', async () => {
      const lib = await createLibrary(t, w.admin);
      const { stdout, stderr } = await cli(['--library', lib.slug, join(FIXTURES, 'sample.csv')]);
      expect(stdout).toMatch(/created 4\n\s+updated 0\n\s+skipped 4/);
      expect(stdout).toMatch(/BAD_ENCODING: 1/);
      expect(stderr).toMatch(/skipped record 4 \(line 5\): BAD_ISBN/);
      const [{ n }] = await t.sql<{ n: number }>(`SELECT count(*)::int AS n FROM holdings WHERE library_id = $1`, [lib.id]);
      expect(n).toBe(4);
      expect(await t.sql(`SELECT actor_id, action, details FROM moderation_actions WHERE library_id = $1`, [lib.id])).toEqual([
        {
          actor_id: null,
          action: 'IMPORT_CATALOGUE',
          details: expect.stringMatching(/^"sample\.csv \(command line\)" \(csv\): \d+ records, 4 created, 0 updated, 4 skipped$/),
        },
      ]);
      await expect(cli(['--library', 'bestaat-niet', join(FIXTURES, 'sample.csv')])).rejects.toMatchObject({ code: 2 });
    }, 120_000);
  });
});
