import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksText, type Harness, startHarness } from '../slack/harness.js';
import { defaultReply, liarReply, type OpenAiStandIn, startOpenAiStandIn } from './openai-stand-in.js';
import type { RecordedCall } from './slack-stand-in.js';

const PERSON = 'UPERSON';
const QUESTION = 'When was the tenth coordination meeting and who opened it?';

let h: Harness;
let llm: OpenAiStandIn;
let channelCount = 0;

beforeAll(async () => {
  // Slow enough that the reply is still being written when the first edit is due.
  llm = await startOpenAiStandIn({ pieceDelayMs: 60 });
  h = await startHarness({
    env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: `${llm.url}/v1`, LLM_TIMEOUT_MS: '8000' },
  });
});

afterAll(async () => {
  await h?.close();
  await llm?.close();
});

/** Mentions the bot in a fresh channel and waits until its answer carries the feedback buttons (the final form). */
async function askInChannel(): Promise<{ channel: string; posts: RecordedCall[]; updates: RecordedCall[] }> {
  const channel = `CSTREAM${++channelCount}`;
  const message = h.slack.addMessage(channel, { user: PERSON, text: `<@${h.slack.botUserId}> ${QUESTION}` });
  await h.slack.sendSocketEvent(
    h.slack.eventPayload({ type: 'app_mention', channel, user: PERSON, text: message.text, ts: message.ts }),
  );
  await h.slack.waitFor(() => h.slack.botReplies(channel).find((m) => blocksText(m).includes('feedback')), 20_000);
  return {
    channel,
    posts: h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel),
    updates: h.slack.callsTo('chat.update').filter((c) => c.args.channel === channel),
  };
}

describe('a verified LLM answer is written into Slack as it streams', () => {
  it('posts the first words, edits the same message, and ends with the full answer, sources and buttons', async () => {
    llm.setMode('ok');
    const { channel, posts, updates } = await askInChannel();
    expect(posts).toHaveLength(1);
    const draft = String(posts[0]?.args.text);
    expect(draft.length).toBeGreaterThan(0);
    // The draft is marked as still being written and has no buttons yet.
    expect(blocksText(posts[0]?.args ?? {})).toContain(' …');
    expect(blocksText(posts[0]?.args ?? {})).not.toContain('feedback');
    const final = updates.at(-1);
    expect(final?.args.ts).toBe(h.slack.botReplies(channel)[0]?.ts);
    const finalText = blocksText(final?.args ?? {});
    expect(finalText).toContain('According to the meeting records');
    expect(finalText).toContain('Sources');
    expect(finalText).toContain('feedback');
    expect(h.slack.botReplies(channel)).toHaveLength(1);
  });

  it('shows nothing of a reply that breaks off: the offline answer is posted once', async () => {
    llm.setMode('stream-cut');
    try {
      const { channel, posts, updates } = await askInChannel();
      expect(posts).toHaveLength(1);
      const shown = [...posts, ...updates].map((c) => blocksText(c.args));
      expect(shown.join('\n')).not.toContain('According to the meeting records');
      expect(shown.at(-1)).toContain('9–10 February 2012');
      expect(shown.at(-1)).toContain('Hovy');
      expect(h.slack.botReplies(channel)).toHaveLength(1);
    } finally {
      llm.setMode('ok');
    }
  });

  it('never shows, even as a draft, an answer the verifier withholds', async () => {
    llm.setReply(liarReply('It was opened by Zorana Petrovska-Lindqvist.'));
    try {
      const { channel, posts, updates } = await askInChannel();
      const shown = [...posts, ...updates].map((c) => `${String(c.args.text)}\n${blocksText(c.args)}`);
      expect(shown.join('\n')).not.toContain('Petrovska');
      expect(shown.at(-1)).toContain('Hovy');
      expect(h.slack.botReplies(channel)).toHaveLength(1);
    } finally {
      llm.setReply(defaultReply);
    }
  });
});
