/**
 * An async iterator fed from outside: the hub pushes results, graphql-ws pulls them.
 * `end()` completes it; `return()` (the client unsubscribed) calls `onReturn` once.
 */
export class PushIterator<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private readonly waiting: ((r: IteratorResult<T>) => void)[] = [];
  private done = false;
  private readonly onEnd: (() => void)[] = [];

  constructor(private readonly onReturn: () => void) {}

  push(value: T): void {
    if (this.done) return;
    const next = this.waiting.shift();
    if (next) next({ value, done: false });
    else this.queue.push(value);
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    // Values already queued are still delivered; then the waiters learn it is over.
    for (const next of this.waiting.splice(0)) next({ value: undefined, done: true });
    this.onReturn();
    for (const f of this.onEnd.splice(0)) f();
  }

  /** Runs `f` when it ends (now, if it has); the caps a subscription holds are given back this way. */
  finally(f: () => void): void {
    if (this.done) f();
    else this.onEnd.push(f);
  }

  get ended(): boolean {
    return this.done;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift() as T, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.queue.length = 0;
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}
