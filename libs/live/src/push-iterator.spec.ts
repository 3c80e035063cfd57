import { PushIterator } from './push-iterator';

describe('PushIterator', () => {
  it('delivers pushed values in order, before and after they are awaited', async () => {
    const it = new PushIterator<number>(() => undefined);
    it.push(1);
    const pending = it.next();
    expect(await pending).toEqual({ value: 1, done: false });
    const waiting = it.next();
    it.push(2);
    expect(await waiting).toEqual({ value: 2, done: false });
  });

  it('calls onReturn once when the consumer stops or the producer ends', async () => {
    const onReturn = jest.fn();
    const it = new PushIterator<number>(onReturn);
    await it.return();
    it.end();
    expect(onReturn).toHaveBeenCalledTimes(1);
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });

  it('ends waiting consumers', async () => {
    const it = new PushIterator<number>(() => undefined);
    const waiting = it.next();
    it.end();
    expect((await waiting).done).toBe(true);
  });
});
