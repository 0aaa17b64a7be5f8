import { ErrorCode, RapporteurError } from '../errors.js';

/** The reminder database could not be opened or written; the message names the file or the reminder. */
export class ReminderStorageError extends RapporteurError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(ErrorCode.StorageFailed, message, options);
  }
}

/** A Slack call made for one reminder failed; carries the method, the reminder and the conversation. */
export class ReminderDeliveryError extends RapporteurError {
  readonly method: string;
  readonly reminderKey: string;
  readonly channel: string;
  /** Seconds Slack asked us to wait (HTTP 429), when it did. */
  readonly retryAfter: number | undefined;
  constructor(
    method: string,
    reminderKey: string,
    channel: string,
    cause: unknown,
    retryAfter: number | undefined = undefined,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(ErrorCode.SlackCallFailed, `Slack ${method} failed for reminder ${reminderKey} in ${channel}: ${reason}`, {
      cause,
    });
    this.method = method;
    this.reminderKey = reminderKey;
    this.channel = channel;
    this.retryAfter = retryAfter;
  }
}

/** The meeting asked for cannot be rehearsed; the message says which and why. */
export class RehearsalError extends RapporteurError {
  readonly meetingNumber: number;
  constructor(meetingNumber: number, message: string) {
    super(ErrorCode.ConfigInvalid, message);
    this.meetingNumber = meetingNumber;
  }
}
