import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/config/clock.js';
import { loadConfig } from '../../src/config/env.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { feedService, ScheduleFeed } from '../../src/knowledge/schedule-feed.js';
import { ReminderScheduler } from '../../src/reminders/scheduler.js';
import { createReminderClient } from '../../src/reminders/sender.js';
import { startSlackStandIn } from '../e2e/slack-stand-in.js';
import { captureLogger, openStores, type Stores, tempDir, testConfig } from './helpers.js';

/**
 * SCHEDULE_ICS_URL against a calendar server the test runs: conditional requests, a feed that breaks or serves
 * garbage, and the reminder plan following a moved and a cancelled session, across a restart.
 */

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

interface CalendarServer {
  url: string;
  requests: IncomingHttpHeaders[];
  serve(response: { status: number; body?: string; etag?: string; lastModified?: string }): void;
}

async function calendarServer(): Promise<CalendarServer> {
  const requests: IncomingHttpHeaders[] = [];
  let current: { status: number; body?: string; etag?: string; lastModified?: string } = { status: 404 };
  const server: Server = createServer((req, res) => {
    requests.push(req.headers);
    const { status, body, etag, lastModified } = current;
    if (status === 200 && etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    res.writeHead(status, {
      'content-type': 'text/calendar',
      ...(etag ? { etag } : {}),
      ...(lastModified ? { 'last-modified': lastModified } : {}),
    });
    res.end(body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanup.push(() => new Promise((resolve) => server.close(resolve)));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/calendars/board.ics`,
    requests,
    serve: (response) => {
      current = response;
    },
  };
}

function calendar(events: Array<{ uid: string; summary: string; start: string; status?: string }>): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'X-WR-CALNAME:Board'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `SUMMARY:${e.summary}`,
      `DTSTART;TZID=Europe/Berlin:${e.start}`,
      ...(e.status ? [`STATUS:${e.status}`] : []),
      'END:VEVENT',
    );
  }
  return `${[...lines, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

const FIRST = calendar([
  { uid: 'board-1@x', summary: 'Board meeting: Opening', start: '20261110T100000' },
  { uid: 'board-2@x', summary: 'Board meeting: Budget', start: '20261110T140000' },
]);
// Opening moved an hour later; Budget cancelled.
const SECOND = calendar([
  { uid: 'board-1@x', summary: 'Board meeting: Opening', start: '20261110T110000' },
  { uid: 'board-2@x', summary: 'Board meeting: Budget', start: '20261110T140000', status: 'CANCELLED' },
]);

describe('SCHEDULE_ICS_URL', () => {
  it('is validated: every entry an http(s) URL, the interval at least 10 seconds', () => {
    expect(() => loadConfig({ SCHEDULE_ICS_URL: 'https://a.example/cal.ics, ftp://b.example/x.ics' })).toThrow(
      /SCHEDULE_ICS_URL: "ftp:\/\/b.example\/x.ics" is not an http\(s\) URL/,
    );
    expect(() => loadConfig({ SCHEDULE_POLL_SECONDS: '5' })).toThrow(/SCHEDULE_POLL_SECONDS: must be at least 10/);
    const config = loadConfig({ SCHEDULE_ICS_URL: 'https://a.example/1.ics https://b.example/2.ics' });
    expect(config.scheduleFeed).toEqual({
      urls: ['https://a.example/1.ics', 'https://b.example/2.ics'],
      pollMs: 300_000,
    });
  });

  it('asks with ETag and Last-Modified, keeps the last good calendar when the feed fails or serves garbage', async () => {
    const server = await calendarServer();
    const logger = captureLogger();
    const feed = new ScheduleFeed([server.url], logger);
    const lastModified = 'Tue, 01 Sep 2026 08:00:00 GMT';
    server.serve({ status: 200, body: FIRST, etag: '"v1"', lastModified });
    expect((await feed.poll()).changed).toBe(true);
    expect(buildSchedule(feed.documents()).sessions.map((s) => s.title)).toEqual(['Opening', 'Budget']);

    expect(await feed.poll()).toMatchObject({ changed: false, outcomes: [{ outcome: 'unchanged' }] });
    expect(server.requests[1]).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': lastModified });

    server.serve({ status: 500, body: 'oops' });
    expect(await feed.poll()).toMatchObject({ changed: false, outcomes: [{ outcome: 'failed' }] });
    server.serve({ status: 200, body: '<!DOCTYPE html><html>Maintenance</html>', etag: '"html"' });
    expect(await feed.poll()).toMatchObject({ changed: false, outcomes: [{ outcome: 'refused' }] });
    server.serve({ status: 200, body: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', etag: '"empty"' });
    expect(await feed.poll()).toMatchObject({ changed: false, outcomes: [{ outcome: 'refused' }] });
    expect(buildSchedule(feed.documents()).sessions.map((s) => s.title)).toEqual(['Opening', 'Budget']);
    const said = logger.lines.join('\n');
    expect(said).toContain(`Schedule feed ${server.url} could not be read (HTTP 500`);
    expect(said).toContain(
      'not an iCalendar file: it should begin with BEGIN:VCALENDAR but begins with "<!DOCTYPE html>',
    );
    expect(said).toContain('the calendar holds no events');
    expect(said).toContain('keeping the last good schedule');
  });

  it('re-plans a moved session and cancels a cancelled one after one poll, sending each reminder once across a restart', async () => {
    const server = await calendarServer();
    const slack = await startSlackStandIn();
    cleanup.push(() => slack.close());
    const tmp = tempDir();
    cleanup.push(tmp.remove);
    const logger = captureLogger();
    const clock = new ManualClock('2026-11-10T07:00:00Z');
    const config = testConfig({ REMINDER_CHANNELS: 'CBOARD', REMINDER_LEAD_TIMES: '15m' });
    const client = createReminderClient('xoxb-test-token', slack.apiUrl);

    // One process: its own feed object and its own stores, as after a restart.
    const start = async () => {
      const stores: Stores = openStores(tmp.dir);
      const feed = new ScheduleFeed([server.url], logger);
      await feed.poll();
      const scheduler = new ReminderScheduler({
        schedule: () => buildSchedule(feed.documents()),
        client,
        outbox: stores.outbox,
        preferences: stores.preferences,
        config,
        clock,
        logger,
        intervalMs: 3_600_000,
      });
      return { stores, feed, scheduler };
    };

    server.serve({ status: 200, body: FIRST, etag: '"v1"' });
    let run = await start();
    // Started with an hour between ticks: only a refresh after the feed changed can re-plan in time.
    await run.scheduler.start();
    const planned = () =>
      run.stores.outbox
        .list()
        .map((r) => [r.key.split('|')[0], r.state, r.dueAt.toISOString()])
        .sort();
    // 10:00 and 14:00 in Berlin (CET, UTC+1), 15 minutes before.
    expect(planned()).toEqual([
      ['ics:board-1@x', 'planned', '2026-11-10T08:45:00.000Z'],
      ['ics:board-2@x', 'planned', '2026-11-10T12:45:00.000Z'],
    ]);

    // The feed changes; the poll that sees it refreshes the scheduler, and the plan has followed at once.
    server.serve({ status: 200, body: SECOND, etag: '"v2"' });
    expect((await run.feed.poll()).changed).toBe(true);
    clock.set('2026-11-10T08:50:00Z');
    await run.scheduler.refresh();
    expect(planned()).toEqual([
      ['ics:board-1@x', 'planned', '2026-11-10T09:45:00.000Z'],
      ['ics:board-2@x', 'cancelled', '2026-11-10T12:45:00.000Z'],
    ]);
    // Nothing went out at the old time.
    expect(slack.messages('CBOARD')).toHaveLength(0);

    clock.set('2026-11-10T09:46:00Z');
    await run.scheduler.tick();
    expect(slack.messages('CBOARD').map((m) => m.text)).toEqual([expect.stringContaining('Opening of Board meeting')]);

    // A restart: a new process polls the same feed and ticks over the same database.
    await run.scheduler.stop();
    run.stores.close();
    run = await start();
    await run.scheduler.tick();
    clock.set('2026-11-10T13:00:00Z');
    await run.scheduler.tick();
    expect(slack.messages('CBOARD')).toHaveLength(1);
    expect(planned()).toEqual([
      ['ics:board-1@x', 'sent', '2026-11-10T09:45:00.000Z'],
      ['ics:board-2@x', 'cancelled', '2026-11-10T12:45:00.000Z'],
    ]);
    run.stores.close();
  });

  it('runs as a service: polls on its interval and reacts to a change once', async () => {
    const server = await calendarServer();
    server.serve({ status: 200, body: FIRST, etag: '"v1"' });
    const feed = new ScheduleFeed([server.url], captureLogger());
    await feed.poll();
    const changes: string[][] = [];
    const service = feedService(feed, captureLogger(), {
      intervalMs: 10,
      onChange: async () => {
        changes.push(buildSchedule(feed.documents()).sessions.map((s) => `${s.title} ${s.status}`));
      },
    });
    await service.start();
    cleanup.push(() => service.stop());
    server.serve({ status: 200, body: SECOND, etag: '"v2"' });
    const polled = server.requests.length;
    while (server.requests.length < polled + 3) await new Promise((r) => setTimeout(r, 5));
    await service.stop();
    expect(changes).toEqual([['Opening scheduled', 'Budget cancelled']]);
  });
});
