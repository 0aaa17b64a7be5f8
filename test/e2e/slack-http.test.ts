import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSISTANT_GREETING } from '../../src/slack/assistant.js';
import { FEEDBACK_ACTION } from '../../src/slack/blocks.js';
import { blocksText, type Harness, latencySummary, SIGNING_SECRET, startHarness } from '../slack/harness.js';
import { postSigned } from './slack-stand-in.js';

const PERSON = 'UPERSON';

let h: Harness;
let eventsUrl: string;

beforeAll(async () => {
  h = await startHarness({ mode: 'http' });
  eventsUrl = `http://127.0.0.1:${h.port}/slack/events`;
});

afterAll(async () => {
  await h?.close();
});

const dmPayload = (channel: string, text: string) => h.slack.dmEvent(channel, text, { user: PERSON });

describe('Slack app over HTTP (real Bolt HTTPReceiver, signed requests)', () => {
  it('listens on the configured port and answers the URL verification challenge', async () => {
    expect(h.port).toBeGreaterThan(0);
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const response = await postSigned(eventsUrl, body, { signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(response.body).toContain('abc123');
  });

  it('rejects a forged signature with 401 and answers nothing', async () => {
    const body = JSON.stringify(dmPayload('DFORGED', 'Who opened the tenth meeting?'));
    const response = await postSigned(eventsUrl, body, {
      signingSecret: SIGNING_SECRET,
      signature: `v0=${'0'.repeat(64)}`,
    });
    expect(response.status).toBe(401);
    const wrongSecret = await postSigned(eventsUrl, body, { signingSecret: 'not-the-secret' });
    expect(wrongSecret.status).toBe(401);
    expect(h.slack.botReplies('DFORGED')).toHaveLength(0);
  });

  it('rejects a request signed more than 5 minutes ago', async () => {
    const body = JSON.stringify(dmPayload('DSTALE', 'Who opened the tenth meeting?'));
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await postSigned(eventsUrl, body, { signingSecret: SIGNING_SECRET, timestamp: sixMinutesAgo });
    expect(response.status).toBe(401);
    expect(h.slack.botReplies('DSTALE')).toHaveLength(0);
  });

  it('acks a valid event with 200 before the answer is posted', async () => {
    const channel = 'DVALID';
    const body = JSON.stringify(dmPayload(channel, 'Who opened the tenth meeting?'));
    // The answer cannot be posted while chat.postMessage is held, so a 200 now proves the ack came first.
    const release = h.slack.holdNext('chat.postMessage');
    const response = await postSigned(eventsUrl, body, { signingSecret: SIGNING_SECRET });
    expect(response.status).toBe(200);
    expect(h.slack.botReplies(channel)).toHaveLength(0);
    release();
    const [reply] = await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0 && h.slack.botReplies(channel));
    expect(reply?.text).toContain('Bela Hovy');
    expect(blocksText(reply ?? {})).toContain('meetings/10-tenth-meeting-2012.md');
  });

  it('answers a retried delivery (X-Slack-Retry-Num) only once', async () => {
    const channel = 'DRETRY';
    const body = JSON.stringify(dmPayload(channel, 'When was the tenth meeting?'));
    const first = await postSigned(eventsUrl, body, { signingSecret: SIGNING_SECRET });
    const retry = await postSigned(eventsUrl, body, {
      signingSecret: SIGNING_SECRET,
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0);
    const sentinel = 'DRETRYSENTINEL';
    await postSigned(eventsUrl, JSON.stringify(dmPayload(sentinel, 'Who opened the tenth meeting?')), {
      signingSecret: SIGNING_SECRET,
    });
    await h.slack.waitFor(() => h.slack.botReplies(sentinel).length > 0);
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel)).toHaveLength(1);
  });

  it('answers /meetings over HTTP through the response_url', async () => {
    const payload = h.slack.commandPayload({ text: 'next', user_id: PERSON });
    const form = new URLSearchParams(
      Object.entries(payload).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
    const response = await postSigned(eventsUrl, form, {
      signingSecret: SIGNING_SECRET,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(200);
    const path = new URL(String(payload.response_url)).pathname;
    const reply = await h.slack.waitFor(() => h.slack.callsTo('response_url').find((c) => c.args.path === path));
    expect(reply.args.text).toContain('Thursday, 20 February 2014, 10:00–13:00');
  });

  it('greets in the agent view and records a feedback_buttons click, over HTTP', async () => {
    const channel = 'DAGENTHTTP';
    const opened = await postSigned(
      eventsUrl,
      JSON.stringify(h.slack.appHomeOpened('UAGENTHTTP', 'messages', channel)),
      {
        signingSecret: SIGNING_SECRET,
      },
    );
    expect(opened.status).toBe(200);
    const greeting = await h.slack.waitFor(() => h.slack.botReplies(channel)[0]);
    expect(greeting.text).toBe(ASSISTANT_GREETING);
    const prompts = h.slack.callsTo('assistant.threads.setSuggestedPrompts').find((c) => c.args.channel_id === channel);
    expect(prompts?.args.thread_ts).toBeUndefined();

    const before = h.feedback.entries.length;
    const click = h.slack.blockActionPayload({
      element: 'feedback_buttons',
      action_id: FEEDBACK_ACTION,
      value: `up:${channel}:1.000001`,
      channel_id: channel,
      message_ts: greeting.ts,
    });
    const form = new URLSearchParams({ payload: JSON.stringify(click) }).toString();
    const response = await postSigned(eventsUrl, form, {
      signingSecret: SIGNING_SECRET,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(200);
    await h.slack.waitFor(() => h.feedback.entries.length > before);
    expect(h.feedback.entries.at(-1)).toMatchObject({ vote: 'up', questionId: `${channel}:1.000001` });
  });

  it('measures ack latency and time to first answer', async () => {
    const acks: number[] = [];
    const answers: number[] = [];
    for (let i = 0; i < 30; i++) {
      const channel = `DLOOP${i}`;
      const started = performance.now();
      const response = await postSigned(
        eventsUrl,
        JSON.stringify(dmPayload(channel, 'Who opened the tenth meeting?')),
        {
          signingSecret: SIGNING_SECRET,
        },
      );
      acks.push(response.ms);
      await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0);
      answers.push(performance.now() - started);
    }
    console.log(`HTTP, ${acks.length} DMs: ${latencySummary(acks, answers)}`);
    expect(acks).toHaveLength(30);
  });
});
