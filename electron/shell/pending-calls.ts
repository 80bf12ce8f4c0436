/**
 * Calls sent to the core and not yet answered, keyed by a call id. Answers arrive out of order (a long report
 * does not hold up a short lookup), so each call waits on its own id. Pure: no Electron, no process.
 */
export class PendingCalls<T> {
  private nextId = 1;
  private readonly waiting = new Map<number, (value: T) => void>();

  /** Registers a new call: send `id` with the request; `settled` resolves with the answer. */
  open(): { id: number; settled: Promise<T> } {
    const id = this.nextId++;
    const settled = new Promise<T>((resolve) => {
      this.waiting.set(id, resolve);
    });
    return { id, settled };
  }

  /** Delivers the answer for one call. False for an unknown id or one already answered (ignored, never thrown). */
  settle(id: number, value: T): boolean {
    const resolve = this.waiting.get(id);
    if (resolve === undefined) return false;
    this.waiting.delete(id);
    resolve(value);
    return true;
  }

  /**
   * Answers every waiting call with the same value, e.g. "the service stopped", so no caller waits forever.
   * Returns how many were waiting.
   */
  settleAll(value: T): number {
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const resolve of waiting) resolve(value);
    return waiting.length;
  }

  get size(): number {
    return this.waiting.size;
  }
}
