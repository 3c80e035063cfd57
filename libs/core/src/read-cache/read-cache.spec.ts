import { ReadCache } from './read-cache';
import { tagsOfWrite } from './content-changes.subscriber';
import { ALL_TAG, ReadRecord, communityTag } from './read-record';

const body = (text: string) => Buffer.from(text);

describe('ReadCache', () => {
  it('keeps answers until a tag they read is invalidated, and only those', () => {
    const cache = new ReadCache(1 << 20, 60_000);
    cache.set('a', body('A'), [communityTag('1')], cache.begin());
    cache.set('b', body('B'), [communityTag('2')], cache.begin());
    cache.invalidate([communityTag('1')]);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')?.toString()).toBe('B');
    cache.invalidate([ALL_TAG]);
    expect(cache.get('b')).toBeUndefined();
  });

  it('refuses an answer whose read began before a change to what it read (the write committed while it ran)', () => {
    const cache = new ReadCache(1 << 20, 60_000);
    const started = cache.begin();
    cache.invalidate([communityTag('1')]);
    expect(cache.set('a', body('old'), [communityTag('1')], started)).toBe(false);
    // A change elsewhere does not matter; one after the read began does; a read that began after the change stores.
    expect(cache.set('b', body('B'), [communityTag('2')], started)).toBe(true);
    expect(cache.set('a', body('new'), [communityTag('1')], cache.begin())).toBe(true);
    const again = cache.begin();
    cache.invalidate([ALL_TAG]);
    expect(cache.set('c', body('C'), [communityTag('3')], again)).toBe(false);
    expect(cache.stats().raced).toBe(2);
  });

  it('stays within its byte budget, dropping the least recently used first', () => {
    const cache = new ReadCache(2_500, 60_000);
    const page = Buffer.alloc(400, 'x');
    for (const key of ['a', 'b', 'c']) cache.set(key, page, [communityTag(key)], cache.begin());
    cache.get('a');
    for (const key of ['d', 'e']) cache.set(key, page, [communityTag(key)], cache.begin());
    expect(cache.stats().bytes).toBeLessThanOrEqual(2_500);
    expect(cache.get('b')).toBeUndefined();
    for (const key of ['a', 'c', 'd', 'e']) expect(cache.get(key)).toBeDefined();
  });

  it('forgets an answer after its time to live', () => {
    let now = 1_000;
    const cache = new ReadCache(1 << 20, 60_000, () => now);
    cache.set('a', body('A'), [communityTag('1')], cache.begin());
    now += 60_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('is off with a budget of 0', () => {
    const cache = new ReadCache(0, 60_000);
    expect(cache.enabled).toBe(false);
    expect(cache.set('a', body('A'), [communityTag('1')], cache.begin())).toBe(false);
  });
});

describe('ReadRecord', () => {
  it('allows storing only a checked query that read public communities and nothing it cannot follow', () => {
    const record = new ReadRecord(0);
    expect(record.refusal()).toMatch(/not checked/);
    record.operationIsCacheable();
    expect(record.refusal()).toMatch(/no community/);
    record.community('1', 'PUBLIC');
    expect(record.refusal()).toBeNull();
    expect(record.tags()).toEqual([communityTag('1')]);
    record.community('2', 'RESTRICTED');
    expect(record.refusal()).toMatch(/RESTRICTED/);
    const listed = new ReadRecord(0);
    listed.operationIsCacheable();
    listed.community('1', 'PUBLIC');
    listed.taint('visibleSql');
    expect(listed.refusal()).toBe('visibleSql');
  });
});

describe('tagsOfWrite', () => {
  it('names the community a written row shows in, everything when it cannot tell, nothing for rows visitors never see', () => {
    expect(tagsOfWrite('live_events', { communityId: 'c1', threadId: 't1' }, 'insert')).toEqual([communityTag('c1')]);
    expect(tagsOfWrite('live_events', undefined, 'remove')).toEqual([]);
    expect(tagsOfWrite('communities', { id: 'c1', visibility: 'PRIVATE' }, 'update')).toEqual([communityTag('c1')]);
    expect(tagsOfWrite('communities', { visibility: 'PRIVATE' }, 'update')).toEqual([ALL_TAG]);
    expect(tagsOfWrite('memberships', { communityId: 'c1' }, 'insert')).toEqual([communityTag('c1')]);
    expect(tagsOfWrite('memberships', { state: 'BANNED' }, 'update')).toEqual([ALL_TAG]);
    expect(tagsOfWrite('users', { displayName: 'Nieuw' }, 'update')).toEqual([ALL_TAG]);
    expect(tagsOfWrite('users', { passwordHash: 'x' }, 'update')).toEqual([]);
    expect(tagsOfWrite('media', { purpose: 'AVATAR', ownerId: 'u1' }, 'insert')).toEqual([ALL_TAG]);
    expect(tagsOfWrite('media', { purpose: 'COMMUNITY_BANNER', communityId: 'c1' }, 'insert')).toEqual([communityTag('c1')]);
    expect(tagsOfWrite('sessions', { id: 's1' }, 'insert')).toEqual([]);
  });
});
