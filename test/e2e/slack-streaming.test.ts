import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_ACTION } from '../../src/slack/blocks.js';
import { blocksText, type Harness, SIGNING_SECRET, startHarness } from '../slack/harness.js';
import { defaultReply, liarReply, type OpenAiStandIn, startOpenAiStandIn } from './openai-stand-in.js';
import { postSigned, type RecordedCall, type StoredMessage } from './slack-stand-in.js';

const PERSON = 'UPERSON';
const QUESTION = 'When was the tenth coordination meeting and who opened it?';

let h: Harness;
let llm: OpenAiStandIn;
let channelCount = 0;

for (const mode of ['socket', 'http'] as const) {
  describe(`an LLM answer is written into Slack as it streams (${mode} mode)`, () => {
    beforeAll(async () => {
      // Slow enough that the reply is still being written when the buffer first fills and when an edit is due.
      llm = await startOpenAiStandIn({ pieceDelayMs: 60 });
      h = await startHarness({
        mode,
        env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: `${llm.url}/v1`, LLM_TIMEOUT_MS: '8000' },
      });
    });

    afterAll(async () => {
      await h?.close();
      await llm?.close();
    });

    it('streams a mention answer in its thread with the recipient ids, then adds sources and feedback buttons', async () => {
      llm.setMode('ok');
      const { channel, thread, reply, calls } = await askInChannel();
      const [start, ...more] = calls('chat.startStream');
      expect(more).toHaveLength(0);
      expect(start?.args).toMatchObject({ channel, thread_ts: thread, recipient_user_id: PERSON });
      expect(start?.args.recipient_team_id).toBe(h.slack.teamId);
      expect(calls('chat.appendStream').length).toBeGreaterThan(0);
      expect(calls('chat.postMessage')).toHaveLength(0);
      expect(calls('chat.update')).toHaveLength(0);
      // What the reader ends with: the streamed answer, its sources as links, Slack's feedback control.
      expect(reply.text).toContain('According to the meeting records');
      expect(reply.blocks?.[0]).toEqual({ type: 'markdown', text: reply.text });
      const blocks = blocksText(reply);
      expect(blocks).toMatch(/"block_id":"sources".*meetings\/10-tenth-meeting-2012\.md/);
      expect(blocks).toContain(`"type":"feedback_buttons","action_id":"${FEEDBACK_ACTION}"`);
      expect(h.slack.botReplies(channel)).toHaveLength(1);
    });

    it('shows nothing of a reply that breaks off: the offline answer is posted once', async () => {
      llm.setMode('stream-cut');
      try {
        const { channel, reply, calls } = await askInChannel();
        // The model's words reach Slack only once verified, so a broken-off reply never starts a stream.
        expect(JSON.stringify(calls('chat.appendStream'))).not.toContain('According to the meeting records');
        expect(reply.text).not.toContain('According to the meeting records');
        const blocks = blocksText(reply);
        expect(blocks).toContain('9–10 February 2012');
        expect(blocks).toContain('Hovy');
        expect(blocks).toContain('feedback_buttons');
        expect(h.slack.botReplies(channel)).toHaveLength(1);
      } finally {
        llm.setMode('ok');
      }
    });

    it('never streams, even in part, an answer the verifier withholds', async () => {
      llm.setReply(liarReply('It was opened by Zorana Petrovska-Lindqvist.'));
      try {
        const { channel, reply } = await askInChannel();
        const shown = h.slack.callsTo('chat.appendStream').filter((c) => c.args.channel === channel);
        expect(JSON.stringify(shown)).not.toContain('Petrovska');
        expect(blocksText(reply)).not.toContain('Petrovska');
        expect(blocksText(reply)).toContain('Hovy');
        expect(h.slack.botReplies(channel)).toHaveLength(1);
      } finally {
        llm.setReply(defaultReply);
      }
    });

    it('when Slack fails a chat.appendStream midway, says so in the log and ends with the whole answer', async () => {
      h.slack.failNext('chat.appendStream', { status: 200, body: { ok: false, error: 'ratelimited' } });
      const { channel, reply, calls } = await askInChannel();
      expect(calls('chat.appendStream')).toHaveLength(1);
      expect(calls('chat.update')).toHaveLength(1);
      expect(reply.text).toContain('According to the meeting records');
      expect(blocksText(reply)).toContain('feedback_buttons');
      expect(h.slack.botReplies(channel)).toHaveLength(1);
      expect(h.logs.join('\n')).toMatch(/WARN .*Could not stream the answer.*chat\.appendStream failed: ratelimited/s);
    });

    it('falls back to posting and editing a draft where the workspace refuses the streaming API', async () => {
      h.slack.refuseStreaming('feature_not_enabled');
      try {
        const { channel, reply, calls } = await askInChannel();
        expect(calls('chat.startStream')).toHaveLength(1);
        expect(calls('chat.appendStream')).toHaveLength(0);
        const [draft, ...morePosts] = calls('chat.postMessage');
        expect(morePosts).toHaveLength(0);
        expect(blocksText(draft?.args ?? {})).toContain(' …');
        expect(blocksText(draft?.args ?? {})).not.toContain('feedback');
        expect(calls('chat.update').at(-1)?.args.ts).toBe(reply.ts);
        expect(reply.text).toContain('According to the meeting records');
        expect(blocksText(reply)).toContain('feedback_buttons');
        expect(h.slack.botReplies(channel)).toHaveLength(1);
        expect(h.logs.join('\n')).toMatch(
          /WARN .*refused the streaming API.*chat\.startStream failed: feature_not_enabled/s,
        );
      } finally {
        h.slack.refuseStreaming(false);
      }
    });

    it('streams in an assistant thread; a reply at the top of a DM is posted and edited', async () => {
      const channel = `DSTREAM${++channelCount}`;
      const threadTs = '1392800000.000300';
      await deliver(h.slack.dmEvent(channel, QUESTION, { user: PERSON, extra: { thread_ts: threadTs } }));
      const streamed = await finalReply(channel);
      expect(streamed.thread_ts).toBe(threadTs);
      expect(h.slack.callsTo('chat.startStream').filter((c) => c.args.channel === channel)).toHaveLength(1);

      const dm = `DSTREAM${++channelCount}`;
      await deliver(h.slack.dmEvent(dm, QUESTION, { user: PERSON }));
      const inPlace = await finalReply(dm);
      expect(inPlace.thread_ts).toBeUndefined();
      expect(h.slack.callsTo('chat.startStream').filter((c) => c.args.channel === dm)).toHaveLength(0);
      expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === dm)).toHaveLength(1);
    });
  });
}

/** Delivers an Events API payload the way the harness's mode does: over the socket, or signed to /slack/events. */
async function deliver(payload: Record<string, unknown>): Promise<void> {
  if (h.port === undefined) {
    await h.slack.sendSocketEvent(payload);
    return;
  }
  const response = await postSigned(`http://127.0.0.1:${h.port}/slack/events`, JSON.stringify(payload), {
    signingSecret: SIGNING_SECRET,
  });
  expect(response.status).toBe(200);
}

/** The bot's reply once it carries the feedback buttons, which only the finished answer has. */
function finalReply(channel: string): Promise<StoredMessage> {
  return h.slack.waitFor(
    () => h.slack.botReplies(channel).find((m) => !m.streaming && blocksText(m).includes('feedback_buttons')),
    20_000,
  );
}

/** Mentions the bot in a fresh channel and waits for its finished answer. */
async function askInChannel(): Promise<{
  channel: string;
  thread: string;
  reply: StoredMessage;
  calls: (method: string) => RecordedCall[];
}> {
  const channel = `CSTREAM${++channelCount}`;
  const message = h.slack.addMessage(channel, { user: PERSON, text: `<@${h.slack.botUserId}> ${QUESTION}` });
  await deliver(
    h.slack.eventPayload({ type: 'app_mention', channel, user: PERSON, text: message.text, ts: message.ts }),
  );
  const reply = await finalReply(channel);
  return {
    channel,
    thread: message.ts,
    reply,
    calls: (method) => h.slack.callsTo(method).filter((c) => c.args.channel === channel),
  };
}
