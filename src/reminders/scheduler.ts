import type { WebClient } from '@slack/web-api';
import type { Clock } from '../config/clock.js';
import type { AppConfig } from '../config/env.js';
import { describeError } from '../errors.js';
import type { Schedule } from '../knowledge/schedule.js';
import type { Logger } from '../logging/logger.js';
import { remindersTotal } from '../ops/metrics.js';
import type { OutboxStore } from '../storage/types.js';
import type { SessionFollows } from './follows.js';
import { type LeadTime, parseLeadTimes } from './lead-times.js';
import { planSchedule } from './plan-schedule.js';
import type { ReminderPreferences } from './preferences.js';
import { type RehearsalRun, resumeOrBeginRehearsal } from './rehearsal.js';
import type { ReplanResult } from './reminder.js';
import { ReminderSender, type SenderOptions, type SendReport } from './sender.js';

export interface ReminderSchedulerOptions {
  /** Read on every tick, so a reloaded knowledge folder re-plans without a restart. */
  schedule: () => Schedule;
  /** Best made with `createReminderClient`: a client that retries by itself can post twice. */
  client: WebClient;
  outbox: OutboxStore;
  preferences: ReminderPreferences;
  /** Sessions people follow, each reminded to its follower at their own lead. */
  follows?: SessionFollows;
  config: Pick<AppConfig, 'reminders'>;
  clock: Clock;
  logger: Logger;
  rehearsal?: { meetingNumber: number; inMinutes?: number };
  intervalMs?: number;
  /** Passed to the sender; see {@link SenderOptions.onStep}. */
  onStep?: SenderOptions['onStep'];
}

export const TICK_INTERVAL_MS = 30_000;
/** Reminders are written to the outbox once due within this horizon; further ones wait for a later tick. */
const PLAN_AHEAD_MS = 8 * 24 * 3_600_000;
/** After a long outage, missed reminders are looked at, and logged as skipped, this far back at most. */
const MAX_LOOK_BACK_MS = 7 * 24 * 3_600_000;

/**
 * Every tick re-plans from the current schedule and then sends what is due; ticks never overlap.
 * Shaped as a service for `main()` in src/cli/start.ts (name, start, stop).
 */
export class ReminderScheduler {
  readonly name = 'reminder scheduler';
  private readonly options: ReminderSchedulerOptions;
  private readonly leads: LeadTime[];
  private readonly sender: ReminderSender;
  private run: RehearsalRun | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = true;

  constructor(options: ReminderSchedulerOptions) {
    this.options = options;
    this.leads = parseLeadTimes(options.config.reminders.leadTimes);
    this.sender = new ReminderSender({
      client: options.client,
      outbox: options.outbox,
      clock: options.clock,
      logger: options.logger,
      graceMinutes: options.config.reminders.graceMinutes,
      onStep: options.onStep,
    });
  }

  async start(): Promise<void> {
    if (!this.stopped) return;
    const { outbox, clock, logger, rehearsal } = this.options;
    const recovered = await outbox.recover(clock.now());
    if (recovered.length > 0) {
      logger.warn(
        `Reminders interrupted by the last stop will be checked in Slack before any retry: ${recovered.join(', ')}`,
      );
    }
    if (rehearsal) {
      const { run, resumed } = await resumeOrBeginRehearsal(outbox, this.options.schedule(), rehearsal, clock.now());
      this.run = run;
      logger.info(
        `${resumed ? 'Resuming' : 'Starting'} the rehearsal of meeting ${run.meetingNumber}: first session at ${run.firstStart.toISOString()}`,
      );
    }
    this.stopped = false;
    await this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.sender.stop();
    clearTimeout(this.timer);
    await this.running;
  }

  /** Followed sessions, each at its follower's own lead time. */
  private async followed() {
    const { follows, preferences } = this.options;
    const all = (await follows?.all()) ?? [];
    return Promise.all(all.map(async (f) => ({ ...f, leadMinutes: (await preferences.get(f.userId)).leadMinutes })));
  }

  /** One plan-and-send pass; exposed so tests and the CLI can step time by hand. */
  async tick(): Promise<{ plan: ReplanResult; send: SendReport }> {
    const { outbox, clock, preferences, logger } = this.options;
    const now = clock.now();
    const lastPlanned = (await outbox.lastPlannedAt())?.getTime() ?? now.getTime();
    const graceMs = this.options.config.reminders.graceMinutes * 60_000;
    const from = new Date(Math.max(Math.min(lastPlanned, now.getTime() - graceMs), now.getTime() - MAX_LOOK_BACK_MS));
    const to = new Date(now.getTime() + PLAN_AHEAD_MS);
    const desired = planSchedule(this.options.schedule(), this.run, {
      leads: this.leads,
      channels: this.options.config.reminders.channels,
      users: (await preferences.optedInUsers()).map(({ userId, leadMinutes }) => ({ userId, leadMinutes })),
      follows: await this.followed(),
      from,
      to,
    });
    const plan = await outbox.replan(desired, { from, to }, now);
    if (plan.inserted.length + plan.updated.length + plan.restored.length > 0) {
      logger.info(
        `Reminders planned: ${plan.inserted.length} new, ${plan.updated.length} re-timed or edited, ${plan.restored.length} restored`,
      );
    }
    for (const key of plan.cancelled) logger.info(`Reminder ${key} cancelled: it is no longer in the plan`);
    remindersTotal.inc({ outcome: 'planned' }, plan.inserted.length + plan.restored.length);
    const send = await this.sender.sendDue();
    remindersTotal.inc({ outcome: 'sent' }, send.sent.length + send.found.length);
    remindersTotal.inc({ outcome: 'failed' }, send.failed.length);
    remindersTotal.inc({ outcome: 'skipped' }, send.skipped.length);
    return { plan, send };
  }

  /**
   * The schedule changed (a calendar feed moved or cancelled a session): plan now rather than at the next tick, so
   * the plan follows the feed within its poll interval. A pass already under way finishes first.
   */
  async refresh(): Promise<void> {
    if (this.stopped) return;
    await this.running;
    if (this.stopped) return;
    clearTimeout(this.timer);
    await this.loop();
  }

  private async loop(): Promise<void> {
    if (this.stopped) return;
    this.running = this.tick().catch((error) =>
      this.options.logger.error(`Reminder tick failed: ${describeError(error)}`),
    );
    await this.running;
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.loop(), this.options.intervalMs ?? TICK_INTERVAL_MS);
  }
}
