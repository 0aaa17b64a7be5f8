import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../logging/logger.js';

/**
 * Slack redelivers an event when it thinks the first delivery failed (no ack within 3 s, a dropped socket).
 * A person must still get one answer, so each event is remembered here, in a bounded, insertion-ordered map
 * (oldest forgotten first).
 */
export class HandledEvents {
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
}

/**
 * A message is identified by its channel and `ts`: the same message arrives as `app_mention` and as `message`
 * with different event ids, and a retry carries the original ts. Other events fall back to the envelope's event_id.
 */
export function eventKey(body: Record<string, unknown>): string | undefined {
  const event = body.event as Record<string, unknown> | undefined;
  if (!event) return undefined;
  if (typeof event.channel === 'string' && typeof event.ts === 'string' && !event.subtype) {
    return `${event.channel}:${event.ts}`;
  }
  return typeof body.event_id === 'string' ? body.event_id : undefined;
}

/** Global middleware: drops an event already seen. Bolt has acked it by now, so Slack stops retrying. */
export function dropRepeatedEvents(handled: HandledEvents, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const key = eventKey(body as unknown as Record<string, unknown>);
    if (key && !handled.firstTime(key)) {
      logger.debug(`Ignoring a repeated delivery of ${key} (retry ${context.retryNum ?? 0})`);
      return;
    }
    await next();
  };
}
