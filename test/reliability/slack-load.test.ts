import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../slack/harness.js';

/**
 * Load and Slack faults against the real Bolt app, the real WebClient and the real engine, over Socket Mode to
 * the local Slack stand-in. The only asserted time is Slack's protocol bound: every envelope acked within 3 s.
 */
const SLACK_ACK_LIMIT_MS = 3000;
const QUESTIONS = [
  'Who opened the tenth meeting?',
  'When is the next session?',
  'What is A/RES/68/4?',
  'Where was the twelfth meeting held?',
  'What were the objectives of the fifth coordination meeting?',
  'Which meetings discussed remittances?',
];
const COMMANDS = ['next', 'agenda 12', 'doc A/RES/68/4', 'help'];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

type Kind = 'mention' | 'dm' | 'command';

describe('200 concurrent questions over Socket Mode', () => {
  it('acks every envelope within 3 s and answers each exactly once', async () => {
    const total = 200;
    const kinds: Kind[] = Array.from({ length: total }, (_, i) => (['mention', 'dm', 'command'] as const)[i % 3]!);
    const started = Date.now();
    const sends = kinds.map(async (kind, i) => {
      const sentAt = Date.now();
      if (kind === 'command') {
        const payload = h.slack.commandPayload({ text: COMMANDS[i % COMMANDS.length]!, user_id: `ULOAD${i}` });
        const ack = await h.slack.sendSocketEvent(payload, 'slash_commands');
        return { kind, i, sentAt, ackMs: ack.ackMs, target: new URL(String(payload.response_url)).pathname };
      }
      const channel = `${kind === 'dm' ? 'D' : 'C'}LOAD${i}`;
      const question = QUESTIONS[i % QUESTIONS.length]!;
      const text = kind === 'mention' ? `<@${h.slack.botUserId}> ${question}` : question;
      const message = h.slack.addMessage(channel, { user: `ULOAD${i}`, text });
      const event =
        kind === 'mention'
          ? { type: 'app_mention', channel, user: `ULOAD${i}`, text, ts: message.ts }
          : { type: 'message', channel_type: 'im', channel, user: `ULOAD${i}`, text, ts: message.ts };
      const ack = await h.slack.sendSocketEvent(h.slack.eventPayload(event));
      return { kind, i, sentAt, ackMs: ack.ackMs, target: channel };
    });
    const sent = await Promise.all(sends);

    const repliesTo = (s: (typeof sent)[number]) =>
      s.kind === 'command'
        ? h.slack.callsTo('response_url').filter((c) => c.args.path === s.target)
        : h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === s.target);
    await h.slack.waitFor(() => sent.every((s) => repliesTo(s).length > 0), 60_000);
    // A late duplicate would come after the first answer: let one more round trip pass before counting.
    await h.slack.sendSocketEvent(h.slack.dmEvent('DLOADSENTINEL', 'Who opened the tenth meeting?'));
    await h.slack.waitFor(() => h.slack.botReplies('DLOADSENTINEL').length > 0, 20_000);

    const acks = sent.map((s) => s.ackMs);
    const answers = sent.map((s) => (repliesTo(s)[0]?.at ?? Number.NaN) - s.sentAt);
    console.log(
      `Load: ${total} concurrent (${kinds.filter((k) => k === 'mention').length} mentions, ` +
        `${kinds.filter((k) => k === 'dm').length} DMs, ${kinds.filter((k) => k === 'command').length} /meetings) ` +
        `in ${Date.now() - started} ms: ack p50 ${percentile(acks, 50).toFixed(1)} ms, p99 ${percentile(acks, 99).toFixed(1)} ms; ` +
        `answer p50 ${percentile(answers, 50).toFixed(0)} ms, p95 ${percentile(answers, 95).toFixed(0)} ms`,
    );
    for (const s of sent) {
      expect(s.ackMs, `ack of ${s.kind} #${s.i}`).toBeLessThan(SLACK_ACK_LIMIT_MS);
      expect(repliesTo(s), `replies to ${s.kind} #${s.i}`).toHaveLength(1);
    }
    // No answer is an apology: each surface got a real reply.
    const apologies = sent.filter((s) => String(repliesTo(s)[0]?.args.text ?? '').startsWith('Sorry, something went'));
    expect(apologies).toEqual([]);
  }, 90_000);
});

describe('Slack Web API faults on chat.postMessage', () => {
  async function dm(channel: string, text: string) {
    const ack = await h.slack.sendSocketEvent(h.slack.dmEvent(channel, text));
    expect(ack.ackMs).toBeLessThan(SLACK_ACK_LIMIT_MS);
  }

  /** Asks in a DM whose first chat.postMessage fails: the failed attempt and one retry, one message in the DM. */
  async function expectOneAnswerAfterOneRetry(channel: string) {
    await dm(channel, 'Who opened the tenth meeting?');
    const [reply] = await h.slack.waitFor(
      () => h.slack.botReplies(channel).length > 0 && h.slack.botReplies(channel),
      20_000,
    );
    expect(reply?.text).toContain('Bela Hovy');
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel)).toHaveLength(2);
    expect(h.slack.botReplies(channel)).toHaveLength(1);
  }

  it('waits out a 429 with Retry-After and posts the answer once', async () => {
    const channel = 'DRATELIMITED';
    h.slack.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { ok: false, error: 'ratelimited' },
    });
    await expectOneAnswerAfterOneRetry(channel);
  });

  it('retries a 503 and posts the answer once', async () => {
    // Bolt's WebClient (retryConfig tenRetriesInAboutThirtyMinutes) retries any non-200 status. If Slack had
    // stored the message before failing, that retry would post it twice; for an answer, a rare duplicate is
    // better than silence. Reminders, where a duplicate matters, use their own client with retries off
    // (src/reminders/sender.ts) and check the conversation before retrying.
    const channel = 'DUNAVAILABLE';
    h.slack.failNext('chat.postMessage', { status: 503, body: 'upstream unavailable' });
    await expectOneAnswerAfterOneRetry(channel);
  });

  it('answers events that arrive after a dropped connection, and a redelivered one only once', async () => {
    const opened = h.slack.callsTo('apps.connections.open').length;
    h.slack.dropSockets();
    await h.slack.waitFor(
      () => h.slack.callsTo('apps.connections.open').length > opened && h.slack.connectedSockets() > 0,
      20_000,
    );
    const channel = 'DAFTERDROP';
    const payload = h.slack.dmEvent(channel, 'Who opened the tenth meeting?');
    await h.slack.sendSocketEvent(payload);
    // Slack redelivers on the new connection what it thinks the old one lost.
    await h.slack.sendSocketEvent(payload, 'events_api', { retry_attempt: 1, retry_reason: 'timeout' });
    await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.slack.botReplies(channel)).toHaveLength(1);
  });
});
