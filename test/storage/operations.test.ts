import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config/env.js';
import { createLogger } from '../../src/logging/logger.js';
import { openStorage } from '../../src/storage/storage.js';
import { startSlackStandIn } from '../e2e/slack-stand-in.js';
import { freePort } from '../helpers/ports.js';
import { startTemporaryPostgres, type TemporaryPostgres } from '../helpers/postgres.js';

/**
 * `npm start` as an operator runs it behind a load balancer: Socket Mode, PostgreSQL, HEALTH_PORT. Probed as a
 * load balancer and a scraper would, then stopped with SIGTERM while it is posting a reminder.
 */
let server: TemporaryPostgres;
let dataDir: string;
beforeAll(async () => {
  server = await startTemporaryPostgres();
  dataDir = await mkdtemp(path.join(tmpdir(), 'rapporteur-ops-'));
});
afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

/** `npm start` as a process with only the given settings; none leak in from the developer's shell. */
function startProcess(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SLACK_|OPENAI_|NOW$|PORT$|DATABASE_URL$|HEALTH_PORT$)/.test(k)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/start.ts')], {
    cwd: projectRoot,
    env: { ...clean, DATA_DIR: dataDir, NOW: '2014-02-19T12:00:00-05:00', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const output = { stderr: '' };
  child.stderr.on('data', (d) => {
    output.stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output };
}

describe('npm start with HEALTH_PORT and DATABASE_URL', () => {
  it('answers /healthz, /readyz and /metrics, and on SIGTERM finishes the reminder it is posting before it exits', async () => {
    const slack = await startSlackStandIn();
    const databaseUrl = await server.createDatabase();
    const port = await freePort();
    // The reminder's post is held, as a slow Slack would: the process is mid-send when SIGTERM comes.
    const release = slack.holdNext('chat.postMessage');
    const { child, exited, output } = startProcess({
      SLACK_BOT_TOKEN: 'xoxb-ops-test',
      SLACK_APP_TOKEN: 'xapp-ops-test',
      SLACK_API_URL: slack.apiUrl,
      DATABASE_URL: databaseUrl,
      HEALTH_PORT: String(port),
      REMINDER_CHANNELS: 'CREMIND',
      REMINDER_GRACE_MINUTES: String(24 * 60),
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length === 1, 60_000);
      expect(await get(`${base}/healthz`)).toEqual({ status: 200, body: 'ok\n' });
      expect(await get(`${base}/readyz`)).toEqual({ status: 200, body: 'ready\n' });

      await slack.waitFor(() => slack.connectedSockets() > 0);
      await slack.sendSocketEvent(slack.dmEvent('DOPS', 'Who opened the tenth meeting?', { user: 'UOPS' }));
      await slack.waitFor(() => slack.botReplies('DOPS').length > 0, 20_000);
      const metrics = await get(`${base}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.body).toMatch(/rapporteur_questions_total\{intent="[a-z_.]+",outcome="answered"\} 1/);
      expect(metrics.body).toMatch(/rapporteur_answer_seconds_count\{surface="dm"\} 1/);
      expect(metrics.body).toMatch(/rapporteur_reminders_total\{outcome="planned"\} [1-9]/);

      child.kill('SIGTERM');
      const draining = await (async () => {
        for (let i = 0; i < 100; i++) {
          const r = await get(`${base}/readyz`);
          if (r.status === 503) return r;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        return undefined;
      })();
      expect(draining?.body).toContain('stopping');
      release();
      expect(await exited, output.stderr).toBe(0);

      const storage = await openStorage(loadConfig({ DATABASE_URL: databaseUrl }), createLogger({ level: 'error' }));
      const reminders = await storage.outbox.list();
      await storage.close();
      expect(reminders.filter((r) => r.state === 'sending')).toEqual([]);
      const posted = reminders.filter((r) => r.state === 'sent');
      expect(posted.length).toBeGreaterThan(0);
      expect(slack.messages('CREMIND').map((m) => m.ts)).toEqual(posted.map((r) => r.sentTs));
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
      await slack.close();
    }
  }, 120_000);

  it('in HTTP mode serves the same checks on the Slack port, next to /slack/events, on the embedded SQLite store', async () => {
    const slack = await startSlackStandIn();
    const port = await freePort();
    const { child, exited, output } = startProcess({
      SLACK_BOT_TOKEN: 'xoxb-ops-test',
      SLACK_SIGNING_SECRET: 'ops-secret',
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      let readyz: { status: number; body: string } | undefined;
      for (let i = 0; i < 600 && readyz?.status !== 200; i++) {
        readyz = await get(`${base}/readyz`).catch(() => undefined);
        if (readyz?.status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(readyz, output.stderr).toEqual({ status: 200, body: 'ready\n' });
      expect(await get(`${base}/healthz`)).toEqual({ status: 200, body: 'ok\n' });
      expect((await get(`${base}/metrics`)).body).toContain('# TYPE rapporteur_questions_total counter');
      child.kill('SIGTERM');
      expect(await exited, output.stderr).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
      await slack.close();
    }
  }, 120_000);
});
