import { MemoryRateLimitStore } from './rate-limit.store';

describe('MemoryRateLimitStore.release', () => {
  it('takes one counted call back, so the budget counts only what was kept (failed logins)', async () => {
    let now = 1_000;
    const store = new MemoryRateLimitStore(() => now);
    for (let i = 0; i < 5; i++) {
      const hit = await store.hit('k', 2, 60_000);
      expect(hit.allowed).toBe(true);
      await store.release('k', hit.receipt!);
      now += 1;
    }
    await store.hit('k', 2, 60_000);
    await store.hit('k', 2, 60_000);
    expect((await store.hit('k', 2, 60_000)).allowed).toBe(false);
    // A receipt of nothing counted (gone from the window, or unknown) changes nothing.
    await store.release('k', '42');
    expect((await store.hit('k', 2, 60_000)).allowed).toBe(false);
    await store.close();
  });
});
