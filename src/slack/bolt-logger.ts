import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../logging/logger.js';

/**
 * Bolt and its Socket Mode client call `setName` and `setLevel` on the logger they are given. On the shared
 * logger that would rename every later line and override LOG_LEVEL, so each Slack component gets a view
 * of it whose name is a prefix of its own and whose level stays the configured one.
 */
export function boltLogger(base: Logger): BoltLogger {
  let name = 'slack';
  const scoped =
    (write: (...msg: unknown[]) => void) =>
    (...msg: unknown[]) =>
      write(`[${name}]`, ...msg);
  return {
    debug: scoped(base.debug),
    info: scoped(base.info),
    warn: scoped(base.warn),
    error: scoped(base.error),
    setLevel: () => {},
    getLevel: () => base.getLevel() as LogLevel,
    setName: (next: string) => {
      name = next;
    },
  };
}
