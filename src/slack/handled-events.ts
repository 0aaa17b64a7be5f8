import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { describeError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { HandledEventStore } from '../storage/types.js';

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

/**
 * Global middleware: drops an event already taken on, here or by another instance. Bolt has acked it by now, so
 * Slack stops retrying. The event is marked finished even when its handler failed: a retry would fail the same way.
 */
export function dropRepeatedEvents(handled: HandledEventStore, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const key = eventKey(body as unknown as Record<string, unknown>);
    if (!key) return next();
    if (!(await handled.claim(key))) {
      logger.debug(`Ignoring a repeated delivery of ${key} (retry ${context.retryNum ?? 0})`);
      return;
    }
    const alive = handled.keepAlive?.(key, (error) =>
      logger.warn(`Could not renew the claim on ${key}; another instance may answer it too: ${describeError(error)}`),
    );
    try {
      await next();
    } finally {
      alive?.stop();
      await handled.finish(key);
    }
  };
}
