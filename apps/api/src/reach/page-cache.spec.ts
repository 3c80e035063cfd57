import { PageCache } from './page-cache';

const answer = (body: string) => ({ status: 200, type: 'text/html', body });

describe('PageCache', () => {
  afterEach(() => jest.useRealTimers());

  it('drops the least recently used entry beyond its size', () => {
    const cache = new PageCache(2, 30_000);
    cache.set('/a', answer('a'));
    cache.set('/b', answer('b'));
    expect(cache.get('/a')?.body).toBe('a'); // /a is now the most recently used
    cache.set('/c', answer('c'));
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')?.body).toBe('a');
    expect(cache.get('/c')?.body).toBe('c');
  });

  it('forgets entries after the TTL', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const cache = new PageCache(10, 30_000);
    cache.set('/a', answer('a'));
    jest.setSystemTime(1_000_000 + 29_999);
    expect(cache.get('/a')).toBeDefined();
    jest.setSystemTime(1_000_000 + 30_000);
    expect(cache.get('/a')).toBeUndefined();
  });

  it('stores nothing during the quiet time after a clear (the event’s transaction may not have committed)', () => {
    jest.useFakeTimers({ now: 1_000_000 });
    const cache = new PageCache(10, 30_000);
    cache.set('/a', answer('a'));
    cache.clear(2000);
    expect(cache.get('/a')).toBeUndefined();
    cache.set('/a', answer('stale'));
    expect(cache.get('/a')).toBeUndefined();
    jest.setSystemTime(1_000_000 + 2000);
    cache.set('/a', answer('fresh'));
    expect(cache.get('/a')?.body).toBe('fresh');
  });

  it('refuses a render that began before a clear (a change committed while it read), keeps one that began after', () => {
    const cache = new PageCache(10, 30_000);
    const before = cache.begin();
    cache.clear();
    cache.set('/a', answer('stale'), before);
    expect(cache.get('/a')).toBeUndefined();
    const after = cache.begin();
    cache.set('/a', answer('fresh'), after);
    expect(cache.get('/a')?.body).toBe('fresh');
  });
});
