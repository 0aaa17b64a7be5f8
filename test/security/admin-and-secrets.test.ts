import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../src/answer/engine.js';
import { loggerFor } from '../../src/cli/bootstrap.js';
import { loadConfig, projectRoot } from '../../src/config/env.js';
import { createSlackApp } from '../../src/slack/app.js';
import { RELOAD_REFUSED } from '../../src/slack/meetings-command.js';
import { startSlackStandIn } from '../e2e/slack-stand-in.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { type Harness, startHarness } from '../slack/harness.js';
import { MemorySessionFollows } from '../slack/memory-follows.js';
import { MemoryReminderPreferences } from '../slack/memory-preferences.js';

const temp = useTempDirs('rapporteur');

describe('/meetings reload is for admins only', () => {
  let h: Harness;
  let knowledgeDir: string;
  beforeAll(async () => {
    knowledgeDir = temp('admin-knowledge');
    cpSync(path.join(projectRoot, 'knowledge'), knowledgeDir, { recursive: true });
    h = await startHarness({ env: { KNOWLEDGE_DIR: knowledgeDir, ADMIN_USER_IDS: 'UADMINLIST,UOTHER' } });
    h.slack.users.set('UOWNER', { id: 'UOWNER', is_owner: true, is_admin: false });
    h.slack.users.set('UWSADMIN', { id: 'UWSADMIN', is_admin: true });
    h.slack.users.set('UPLAIN', { id: 'UPLAIN', is_admin: false, is_owner: false });
  });
  afterAll(async () => {
    await h?.close();
  });

  async function reload(user: string) {
    const payload = h.slack.commandPayload({ text: 'reload', user_id: user });
    const ack = await h.slack.sendSocketEvent(payload, 'slash_commands');
    expect(ack.ackMs).toBeLessThan(3000);
    const target = new URL(String(payload.response_url)).pathname;
    return (await h.slack.waitFor(() => h.slack.callsTo('response_url').find((c) => c.args.path === target), 20_000))
      .args;
  }
  const knowsNote = async () =>
    (await h.engine.ask('What is the quokka census codeword?')).answer.includes('PEREGRINE-7');

  it('refuses a regular member and a user Slack cannot find, privately, and reloads nothing', async () => {
    writeFileSync(
      path.join(knowledgeDir, 'context', 'quokka-note.md'),
      '# Quokka census note\n\nThe quokka census codeword is PEREGRINE-7.\n',
    );
    for (const user of ['UPLAIN', 'UNOBODY']) {
      const reply = await reload(user);
      expect(reply, user).toMatchObject({ response_type: 'ephemeral', text: RELOAD_REFUSED });
    }
    expect(await knowsNote()).toBe(false);
    expect(h.logs.join('\n')).toMatch(/WARN .*Refused \/meetings reload for UPLAIN/);
  });

  it('lets a user in ADMIN_USER_IDS reload, and the new document is answered', async () => {
    const reply = await reload('UADMINLIST');
    expect(reply).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/^Knowledge reloaded: \d+/),
    });
    expect(await knowsNote()).toBe(true);
  });

  it('lets workspace owners and admins (users.info) reload', async () => {
    for (const user of ['UOWNER', 'UWSADMIN']) {
      expect((await reload(user)).text, user).toMatch(/^Knowledge reloaded/);
    }
    expect(h.slack.callsTo('users.info').map((c) => c.args.user)).toEqual(
      expect.arrayContaining(['UPLAIN', 'UNOBODY', 'UOWNER', 'UWSADMIN']),
    );
    // ADMIN_USER_IDS is enough on its own: no lookup for that user.
    expect(h.slack.callsTo('users.info').map((c) => c.args.user)).not.toContain('UADMINLIST');
  });
});

describe('tokens and secrets never reach the log', () => {
  it('a failing Slack call that echoes the credentials is logged without them, even at debug level', async () => {
    const slack = await startSlackStandIn();
    const dataDir = temp('secrets');
    const secrets = {
      SLACK_BOT_TOKEN: 'xoxb-1234567890-0987654321-SeCrEtBoTtOkEn',
      SLACK_APP_TOKEN: 'xapp-1-A0STANDIN-1234-SeCrEtApPtOkEn',
      SLACK_SIGNING_SECRET: 'plain-signing-secret-no-known-shape-42',
    };
    const config = loadConfig({
      KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'debug',
      SLACK_API_URL: slack.apiUrl,
      ...secrets,
    });
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      // The logger `npm start` builds (src/cli/bootstrap.ts), writing to stderr.
      const logger = loggerFor(config);
      const engine = await createEngine({ config, logger });
      const app = createSlackApp({
        config,
        engine,
        logger,
        preferences: new MemoryReminderPreferences(),
        follows: new MemorySessionFollows(),
      });
      await app.start();
      await slack.waitFor(() => slack.connectedSockets() > 0);
      slack.failNext('chat.postMessage', {
        status: 200,
        body: {
          ok: false,
          error: 'invalid_auth',
          echoed_request: { token: secrets.SLACK_BOT_TOKEN, note: `app ${secrets.SLACK_APP_TOKEN}` },
          detail: `signature computed with ${secrets.SLACK_SIGNING_SECRET}`,
        },
      });
      const message = slack.addMessage('CSECRETS', {
        user: 'UPERSON',
        text: `<@${slack.botUserId}> Who opened the tenth meeting?`,
      });
      await slack.sendSocketEvent(
        slack.eventPayload({
          type: 'app_mention',
          channel: 'CSECRETS',
          user: 'UPERSON',
          text: message.text,
          ts: message.ts,
        }),
      );
      await slack.waitFor(() => slack.messages('CSECRETS').some((m) => m.user === slack.botUserId), 20_000);
      await app.stop();
      await engine.close();
    } finally {
      spy.mockRestore();
      await slack.close();
    }
    const log = written.join('');
    // The failure is there, with its cause…
    expect(log).toMatch(/ERROR .*Could not answer the mention message CSECRETS:.*invalid_auth/s);
    expect(log).toContain('[redacted]');
    // …and no credential, by value or by any recognisable piece of it.
    for (const value of Object.values(secrets)) expect(log).not.toContain(value);
    expect(log).not.toMatch(/SeCrEt|no-known-shape/);
    // Slack received the real token: redaction is for logs only.
    expect(slack.callsTo('chat.postMessage')[0]?.token).toBe(secrets.SLACK_BOT_TOKEN);
  }, 60_000);
});
