/**
 * A one-slot alarm a subscription loop sleeps on: fired by the bus, or ringing by itself after a
 * while (the safety net for a notification lost between instances), or at once when aborted.
 */
export class WakeUp {
  private pending = false;
  private ring: (() => void) | null = null;

  fire(): void {
    this.pending = true;
    this.ring?.();
  }

  async wait(timeoutMs: number, signal: AbortSignal | undefined): Promise<void> {
    if (!this.pending && signal?.aborted !== true) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          this.ring = null;
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        signal?.addEventListener('abort', done, { once: true });
        this.ring = done;
      });
    }
    // Whatever woke us, the loop re-reads the database next, which covers every earlier fire.
    this.pending = false;
  }
}
