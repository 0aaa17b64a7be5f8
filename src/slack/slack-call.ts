import { ErrorCode, RapporteurError } from '../errors.js';
import { slackApiErrorsTotal } from '../ops/metrics.js';

/** A failed Web API call, named by its method so a log line says which Slack call broke and how. */
export class SlackCallError extends RapporteurError {
  readonly method: string;
  constructor(method: string, cause: unknown) {
    super(ErrorCode.SlackCallFailed, `Slack call ${method} failed: ${slackReason(cause)}`, { cause });
    this.method = method;
  }
}

function slackReason(cause: unknown): string {
  const data = (cause as { data?: { error?: unknown } } | undefined)?.data;
  if (data && typeof data.error === 'string') return data.error;
  return cause instanceof Error ? cause.message : String(cause);
}

export async function slackCall<T>(method: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    slackApiErrorsTotal.inc({ method });
    throw new SlackCallError(method, error);
  }
}
