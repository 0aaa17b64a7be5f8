import { createHash } from 'node:crypto';
import { describeError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { KnowledgeDocument } from './document.js';
import { loadIcs } from './loaders/ics.js';
import { detectMeeting } from './meeting-detect.js';

/**
 * Calendars a secretariat publishes at a URL (SCHEDULE_ICS_URL). Each poll asks with the last ETag and
 * Last-Modified, so an unchanged feed costs a 304. A feed that fails, or answers with something that is not a
 * calendar, keeps its last good copy: a broken server must never empty the schedule and cancel every reminder.
 */

interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  document?: KnowledgeDocument;
}

export type FeedOutcome = 'changed' | 'unchanged' | 'failed' | 'refused';

export interface FeedPoll {
  /** True when any feed's calendar differs from the one held before the poll. */
  changed: boolean;
  outcomes: Array<{ url: string; outcome: FeedOutcome; detail?: string }>;
}

/** Each request gets this long: a hung server must not hold the poll past its interval. */
const REQUEST_TIMEOUT_MS = 20_000;

/** Where a feed's calendar sits among the knowledge folder's files, for sources: `feeds/<host>/<path>.ics`. */
export function feedPath(url: string): string {
  const u = new URL(url);
  const tail = `${u.pathname}${u.search}`.replace(/[^\w.-]+/g, '_').replace(/^_+|_+$/g, '') || 'calendar';
  return `feeds/${u.host.replace(/[^\w.-]+/g, '_')}/${tail.replace(/\.ics$/i, '')}.ics`;
}

export class ScheduleFeed {
  private readonly feeds: FeedState[];

  constructor(
    urls: string[],
    private readonly logger: Logger,
    private readonly fetchFn: typeof fetch = fetch,
  ) {
    this.feeds = urls.map((url) => ({ url }));
  }

  /** The last good calendar of every feed that has had one. */
  documents(): KnowledgeDocument[] {
    return this.feeds.flatMap((f) => (f.document ? [f.document] : []));
  }

  async poll(): Promise<FeedPoll> {
    const outcomes = await Promise.all(this.feeds.map((f) => this.pollOne(f)));
    return { changed: outcomes.some((o) => o.outcome === 'changed'), outcomes };
  }

  private async pollOne(feed: FeedState): Promise<FeedPoll['outcomes'][number]> {
    const { url } = feed;
    const headers: Record<string, string> = { accept: 'text/calendar, */*;q=0.5' };
    if (feed.etag) headers['if-none-match'] = feed.etag;
    if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
    let body: string;
    let response: Response;
    try {
      response = await this.fetchFn(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      if (response.status === 304) return { url, outcome: 'unchanged' };
      if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      body = await response.text();
    } catch (error) {
      const detail = describeError(error);
      this.logger.warn(`Schedule feed ${url} could not be read (${detail}); keeping the last good schedule`);
      return { url, outcome: 'failed', detail };
    }
    const path = feedPath(url);
    let document: KnowledgeDocument;
    try {
      document = calendarDocument(path, url, body);
    } catch (error) {
      const detail = describeError(error);
      this.logger.error(`Schedule feed ${url} refused: ${detail}; keeping the last good schedule`);
      return { url, outcome: 'refused', detail };
    }
    feed.etag = response.headers.get('etag') ?? undefined;
    feed.lastModified = response.headers.get('last-modified') ?? undefined;
    if (feed.document?.hash === document.hash) return { url, outcome: 'unchanged' };
    feed.document = document;
    this.logger.info(`Schedule feed ${url}: ${document.events?.length ?? 0} events`);
    return { url, outcome: 'changed' };
  }
}

/** A feed's body as a calendar document, or an error that says what was wrong with it. */
export function calendarDocument(path: string, url: string, body: string): KnowledgeDocument {
  const start = body.replace(/^\uFEFF/, '').trimStart();
  if (!/^BEGIN:VCALENDAR\b/i.test(start)) {
    const opening = start.slice(0, 40).replace(/\s+/g, ' ');
    throw new Error(`not an iCalendar file: it should begin with BEGIN:VCALENDAR but begins with "${opening}"`);
  }
  const loaded = loadIcs(path, body);
  if (!loaded.events?.length) throw new Error('the calendar holds no events (no VEVENT)');
  const hash = createHash('sha256').update(body).digest('hex');
  const detected = detectMeeting(loaded.body, { path, title: loaded.title });
  return { ...loaded, url, hash, detected, meetingNumber: detected.number };
}

export interface FeedServiceOptions {
  intervalMs: number;
  /** Called after a poll that changed a calendar, e.g. to rebuild the schedule and re-plan reminders. */
  onChange: () => Promise<void>;
}

/** Polls on a timer; polls never overlap, and a failed reaction to a change is logged and tried on the next change. */
export function feedService(feed: ScheduleFeed, logger: Logger, options: FeedServiceOptions) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const pass = async () => {
    try {
      const { changed } = await feed.poll();
      if (changed) await options.onChange();
    } catch (error) {
      logger.error('Applying a changed schedule feed failed; the previous schedule stays in use:', error);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(schedule);
    }, options.intervalMs);
    timer.unref?.();
  };
  return {
    name: 'Schedule feed',
    async start() {
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
