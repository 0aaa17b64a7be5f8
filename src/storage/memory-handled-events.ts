import type { HandledEventStore } from './types.js';

/**
 * Slack redelivers an event when it thinks the first delivery failed (no ack within 3 s, a dropped socket).
 * A person must still get one answer, so each event is remembered here, in a bounded, insertion-ordered map
 * (oldest forgotten first). Enough for one instance; several share PostgresHandledEvents instead.
 */
export class HandledEvents implements HandledEventStore {
  private readonly seen = new Map<string, true>();

  constructor(private readonly capacity = 2000) {}

  /** True the first time a key is offered, false for every repeat while it is remembered. */
  firstTime(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.set(key, true);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }

  claim(key: string): boolean {
    return this.firstTime(key);
  }

  /** Nothing to record: in one process, a claim cannot outlive the handler that took it. */
  finish(): boolean {
    return true;
  }
}
