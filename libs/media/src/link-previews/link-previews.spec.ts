import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from '@waardenet/core';
import { allowList, forbiddenAddress } from './address-guard';
import { pageMeta, decodePage } from './page-meta';
import { previewLinks } from './link-previews.service';
import { FetchRefused, Resolver, safeFetch } from './safe-fetch';

describe('the link-preview address guard', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '::1',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.0.1',
    '192.168.255.255',
    '169.254.169.254',
    '169.254.0.1',
    '100.64.0.1',
    '100.127.255.254',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'febf::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:8.8.8.8',
    '0.0.0.0',
    '0.1.2.3',
    '::',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    'ff02::1',
    '64:ff9b::7f00:1',
    '2001:db8::1',
    '2002:7f00:1::1',
    '192.0.2.1',
    '198.18.0.1',
  ])('refuses %s', (address) => {
    expect(forbiddenAddress(address)).not.toBeNull();
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '172.32.0.1',
    '172.15.255.255',
    '100.128.0.1',
    '192.169.0.1',
    '2001:4860:4860::8888',
    '2a00:1450:4001::1',
  ])('lets public %s through', (address) => {
    expect(forbiddenAddress(address)).toBeNull();
  });

  it('refuses what is not an address at all', () => {
    expect(forbiddenAddress('localhost')).not.toBeNull();
  });

  it('lets the test allowlist through, and nothing next to it', () => {
    const allowed = allowList(['127.0.0.1', '10.1.0.0/16']);
    expect(forbiddenAddress('127.0.0.1', allowed)).toBeNull();
    expect(forbiddenAddress('10.1.2.3', allowed)).toBeNull();
    expect(forbiddenAddress('127.0.0.2', allowed)).not.toBeNull();
    expect(forbiddenAddress('10.2.0.1', allowed)).not.toBeNull();
    expect(forbiddenAddress('::1', allowed)).not.toBeNull();
  });

  it('refuses the test allowlist in production, and nonsense in it anywhere', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), DATABASE_URL: 'postgres://localhost/x', WAARDENET_EMAIL_VERIFICATION: 'off' };
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', LINK_PREVIEW_ALLOW_ADDRESSES: '127.0.0.1' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', LINK_PREVIEW_ALLOW_ADDRESSES: '127.0.0.1' })).toThrow(
      /LINK_PREVIEW_ALLOW_ADDRESSES/,
    );
    expect(() => loadConfig({ ...base, NODE_ENV: 'test', LINK_PREVIEW_ALLOW_ADDRESSES: 'intranet' })).toThrow(
      /LINK_PREVIEW_ALLOW_ADDRESSES/,
    );
    expect(loadConfig({ ...base, NODE_ENV: 'test', LINK_PREVIEW_ALLOW_ADDRESSES: '127.0.0.1, ::1' }).linkPreviews.allowAddresses).toEqual([
      '127.0.0.1',
      '::1',
    ]);
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).linkPreviews).toMatchObject({
      enabled: true,
      allowAddresses: [],
      timeoutMs: 3000,
      maxBytes: 512 * 1024,
    });
  });
});

describe('safeFetch against a local server', () => {
  let server: Server;
  let port: number;
  const hits: string[] = [];
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const html = (res: ServerResponse, body: string) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      handler(req, res);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  beforeEach(() => {
    hits.length = 0;
  });

  const allowed = allowList(['127.0.0.1']);
  const options = { accept: ['text/html'], maxBytes: 64 * 1024, truncate: true, timeoutMs: 2000 };
  /** A name server under the test's control: every name resolves as the map says. */
  const resolverOf = (names: Record<string, string[]>): Resolver & { calls: string[] } => {
    const calls: string[] = [];
    const resolve = async (hostname: string) => {
      calls.push(hostname);
      const addresses = names[hostname];
      if (!addresses) throw Object.assign(new Error(`${hostname} not found`), { code: 'ENOTFOUND' });
      return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
    return Object.assign(resolve, { calls });
  };

  it('refuses 127.0.0.1 without the test allowlist, before connecting', async () => {
    handler = (_req, res) => html(res, '<title>geheim</title>');
    await expect(safeFetch(`http://127.0.0.1:${port}/`, options)).rejects.toThrow(FetchRefused);
    expect(hits).toEqual([]);
  });

  it('refuses loopback written in other ways (decimal, hex, short, IPv6), before connecting', async () => {
    for (const host of ['2130706433', '0x7f.1', '127.1', '[::1]', '[::ffff:7f00:1]', '[0:0:0:0:0:ffff:127.0.0.1]', '0']) {
      await expect(safeFetch(`http://${host}:${port}/`, { ...options, allowed: allowList(['10.9.9.9']) })).rejects.toThrow(FetchRefused);
    }
    expect(hits).toEqual([]);
  });

  it('fetches it with the allowlist, and connects to the address its own lookup checked', async () => {
    handler = (_req, res) => html(res, '<title>Molen de Adriaan</title>');
    const resolver = resolverOf({ 'molen.test': ['127.0.0.1'] });
    const page = await safeFetch(`http://molen.test:${port}/molen`, { ...options, allowed, resolver });
    expect(page.body.toString()).toContain('Molen de Adriaan');
    expect(resolver.calls).toEqual(['molen.test']);
    expect(hits).toEqual(['/molen']);
  });

  it('refuses a name that resolves to a private address (DNS), without connecting', async () => {
    const resolver = resolverOf({
      'intranet.test': ['10.0.0.5'],
      'mixed.test': ['93.184.216.34', '127.0.0.1'],
      'metadata.test': ['169.254.169.254'],
      'v6.test': ['::1'],
    });
    for (const name of ['intranet.test', 'mixed.test', 'metadata.test', 'v6.test']) {
      await expect(safeFetch(`http://${name}:${port}/`, { ...options, resolver })).rejects.toThrow(/resolves to/);
    }
    // Even with 127.0.0.1 allowed, a name that also has a forbidden address is refused.
    await expect(
      safeFetch(`http://mixed.test:${port}/`, { ...options, allowed, resolver: resolverOf({ 'mixed.test': ['127.0.0.1', '10.0.0.1'] }) }),
    ).rejects.toThrow(/resolves to/);
    expect(hits).toEqual([]);
  });

  it('checks every redirect again: a redirect to a private address or name is refused', async () => {
    const resolver = resolverOf({ 'molen.test': ['127.0.0.1'], 'binnen.test': ['192.168.1.10'] });
    for (const target of [
      'http://192.168.1.1/admin',
      'http://binnen.test/',
      `http://127.0.0.2:${port}/`,
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'file:///etc/passwd',
      'ftp://molen.test/',
    ]) {
      handler = (_req, res) => {
        res.writeHead(302, { location: target });
        res.end();
      };
      await expect(safeFetch(`http://molen.test:${port}/start`, { ...options, allowed, resolver })).rejects.toThrow(FetchRefused);
    }
    expect(hits.every((h) => h === '/start')).toBe(true);
  });

  it('follows at most 3 redirects', async () => {
    handler = (req, res) => {
      const n = Number(req.url?.slice(1) || 0);
      if (n < 10) {
        res.writeHead(301, { location: `/${n + 1}` });
        res.end();
      } else html(res, '<title>eind</title>');
    };
    await expect(safeFetch(`http://127.0.0.1:${port}/7`, { ...options, allowed })).resolves.toMatchObject({
      url: `http://127.0.0.1:${port}/10`,
    });
    await expect(safeFetch(`http://127.0.0.1:${port}/0`, { ...options, allowed })).rejects.toThrow(/too many redirects/);
  });

  it('only fetches http and https on their default ports (outside the allowlist)', async () => {
    await expect(safeFetch('http://8.8.8.8:8080/', options)).rejects.toThrow(/port 8080/);
    await expect(safeFetch('ftp://8.8.8.8/', options)).rejects.toThrow(/scheme/);
    await expect(safeFetch('http://user:pw@8.8.8.8/', options)).rejects.toThrow(/credentials/);
  });

  it('refuses another content type before reading the body', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.alloc(1000));
    };
    await expect(safeFetch(`http://127.0.0.1:${port}/`, { ...options, allowed })).rejects.toThrow(/content type application\/octet-stream/);
  });

  it('stops reading at the size limit and closes the connection (an endless page)', async () => {
    handler = (req, res) => {
      let closed = false;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<title>eindeloos</title>');
      const more = () => {
        while (!closed && res.write('x'.repeat(16 * 1024)));
        if (!closed) res.once('drain', more);
      };
      req.socket.on('close', () => (closed = true));
      more();
    };
    const page = await safeFetch(`http://127.0.0.1:${port}/`, { ...options, allowed, maxBytes: 32 * 1024 });
    expect(page.body.length).toBe(32 * 1024);
    // An image over the limit is refused, not cut.
    await expect(
      safeFetch(`http://127.0.0.1:${port}/`, { ...options, accept: ['text/'], allowed, maxBytes: 32 * 1024, truncate: false }),
    ).rejects.toThrow(/larger than/);
  });

  it('gives up at the deadline (a server that never answers)', async () => {
    handler = () => undefined;
    await expect(safeFetch(`http://127.0.0.1:${port}/`, { ...options, allowed, timeoutMs: 200 })).rejects.toThrow(/took too long/);
  });
});

describe('what a page says about itself', () => {
  it('prefers Open Graph, then Twitter cards, then <title> and the description', () => {
    const og = pageMeta(
      `<html><head><title>Plain</title><meta name="description" content="plain desc">
        <meta property="og:title" content="De Molen &amp; het Water"><meta property="og:description" content="Een verhaal&#x2026;">
        <meta property="og:site_name" content="Molenarchief"><meta property="og:image" content="/img/molen.jpg"></head></html>`,
      'https://archief.example/molens/1',
    );
    expect(og).toEqual({
      title: 'De Molen & het Water',
      description: 'Een verhaal…',
      siteName: 'Molenarchief',
      image: 'https://archief.example/img/molen.jpg',
    });
    const twitter = pageMeta(
      `<meta name="twitter:title" content="T"><meta name="twitter:image" content="https://cdn.example/t.png"><title>x</title>`,
      'https://a.example/',
    );
    expect(twitter).toMatchObject({ title: 'T', image: 'https://cdn.example/t.png' });
    const plain = pageMeta(`<title>\n  Leesclub   Utrecht </title><meta content="Elke dinsdag" name="description">`, 'https://a.example/');
    expect(plain).toEqual({ title: 'Leesclub Utrecht', description: 'Elke dinsdag', siteName: null, image: null });
  });

  it('ignores scripts, comments and non-http images, and keeps text plain and short', () => {
    const meta = pageMeta(
      `<script>document.write('<title>fout</title>')</script><!-- <title>ook fout</title> --><title>${'a'.repeat(500)}</title>
       <meta property="og:image" content="javascript:alert(1)"><meta property="og:description" content="<b>vet</b>\u0007">`,
      'https://a.example/',
    );
    expect(meta.title).toHaveLength(200);
    expect(meta.title?.startsWith('aaa')).toBe(true);
    expect(meta.image).toBeNull();
    expect(meta.description).toBe('<b>vet</b>');
  });

  it('decodes the page in its declared charset', () => {
    expect(decodePage(Buffer.from('<title>Caf\xe9</title>', 'latin1'), 'text/html; charset=iso-8859-1')).toContain('Café');
    expect(decodePage(Buffer.from('<meta charset="windows-1252"><title>\x80</title>', 'latin1'), 'text/html')).toContain('€');
  });
});

describe('previewLinks', () => {
  it('finds links and bare addresses, not images or code, the first three, without fragments', () => {
    const body = [
      'Zie [de molen](https://molens.example/adriaan#geschiedenis) en https://bieb.example/agenda.',
      '![foto](https://tracker.example/pixel.png) `https://code.example/` [lokaal](/threads/1)',
      'https://molens.example/adriaan en https://vier.example/ en https://vijf.example/',
    ].join('\n\n');
    expect(previewLinks(body)).toEqual(['https://molens.example/adriaan', 'https://bieb.example/agenda', 'https://vier.example/']);
    expect(previewLinks('geen links hier')).toEqual([]);
  });
});
