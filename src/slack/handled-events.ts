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

/** Where the middleware leaves, in Bolt's context, the step a handler takes just before its first reply. */
const OWN_REPLY = 'ownReply';

/**
 * Settles that this instance, and no other, replies to the event: true when it still holds the event, false when
 * it was slow enough for its claim to lapse and a redelivery to another instance took the event over. Events that
 * reach a handler without the middleware are always this instance's own.
 */
export type OwnReply = () => Promise<boolean>;

export function ownReplyOf(context: Record<string, unknown>): OwnReply {
  const own = context[OWN_REPLY];
  return typeof own === 'function' ? (own as OwnReply) : async () => true;
}

/**
 * Global middleware: drops an event already taken on, here or by another instance. Bolt has acked it by now, so
 * Slack stops retrying. The event is marked finished even when its handler failed: a retry would fail the same way.
 * A handler that replies marks it finished first (`ownReplyOf(context)`): renewing the claim is a timer, which a
 * busy process can miss, so the reply itself is what settles which instance answers.
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
    let finished: Promise<boolean> | undefined;
    const finish = () => {
      finished ??= Promise.resolve(handled.finish(key));
      return finished;
    };
    // A store that cannot say is no reason to leave a person without an answer: they may get two instead.
    context[OWN_REPLY] = (() =>
      finish().catch((error: unknown) => {
        logger.warn(`Could not record ${key} as handled before replying; replying anyway: ${describeError(error)}`);
        return true;
      })) satisfies OwnReply;
    try {
      await next();
    } finally {
      alive?.stop();
      await finish();
    }
  };
}
