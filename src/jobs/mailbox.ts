/**
 * A watch is what one consumer iterates. Its buffer keeps only the newest value per slot, because progress
 * updates are idempotent snapshots: a consumer that reads slowly (or not at all) skips intermediate states,
 * memory stays bounded, and the producer never waits for anyone.
 */
export interface Watch<T> extends AsyncIterableIterator<T> {
  next(): Promise<IteratorResult<T, undefined>>;
  return(): Promise<IteratorResult<T, undefined>>;
  /** Same as `return()`, without the promise. Idempotent. */
  close(): void;
}

const DONE: IteratorResult<never, undefined> = Object.freeze({ done: true, value: undefined });

interface Waiter<T> {
  resolve(result: IteratorResult<T, undefined>): void;
  reject(error: unknown): void;
}

/**
 * Producer side: `offer` (never blocks), then `end()` or `end({ error })`. Values already buffered are read
 * before the end is seen, so a terminal state offered just before `end()` always reaches the consumer.
 * Slots let one mailbox merge several sources (one slot per job) while each still keeps only its newest value.
 */
export class Mailbox<T> implements Watch<T> {
  private readonly latest = new Map<string, T>();
  private readonly waiters: Waiter<T>[] = [];
  private ended = false;
  private failure: { error: unknown } | undefined;
  private closed = false;
  private readonly onAbort = () => this.close();

  /**
   * @param onClose called once, when the consumer closes (`return`/`close`/abort); never by the producer's `end`.
   */
  constructor(
    private readonly onClose: () => void = () => {},
    private readonly signal?: AbortSignal,
  ) {
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  get isEnded(): boolean {
    return this.ended;
  }

  offer(value: T, slot = ''): void {
    if (this.ended) return;
    const waiter = this.waiters.shift();
    if (waiter) {
      waiter.resolve({ done: false, value });
      return;
    }
    // Re-inserting moves the slot to the back, so a chatty source cannot starve the others.
    this.latest.delete(slot);
    this.latest.set(slot, value);
  }

  end(failure?: { error: unknown }): void {
    if (this.ended) return;
    this.ended = true;
    this.failure = failure;
    this.signal?.removeEventListener('abort', this.onAbort);
    // Waiters only exist while nothing is buffered, so they can be settled right away.
    for (const waiter of this.waiters.splice(0)) {
      if (this.failure) {
        waiter.reject(this.failure.error);
        this.failure = undefined;
      } else {
        waiter.resolve(DONE);
      }
    }
  }

  next(): Promise<IteratorResult<T, undefined>> {
    const first = this.latest.entries().next();
    if (!first.done) {
      const [slot, value] = first.value;
      this.latest.delete(slot);
      return Promise.resolve({ done: false, value });
    }
    if (this.failure) {
      const { error } = this.failure;
      this.failure = undefined;
      return Promise.reject(error);
    }
    if (this.ended) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.close();
    return Promise.resolve(DONE);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.latest.clear();
    this.end();
    this.failure = undefined;
    this.onClose();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
