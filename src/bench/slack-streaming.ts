import { startOpenAiStandIn } from '../../test/e2e/openai-stand-in.js';
import type { SlackStandIn } from '../../test/e2e/slack-stand-in.js';
import { startHarness } from '../../test/slack/harness.js';
import { percentile } from '../evaluation/scoring.js';

/**
 * Time from a mention reaching the app to the first streamed characters reaching Slack, with the real Bolt app,
 * the real engine and the real LangChain client, between the local Slack stand-in and the local LLM stand-in
 * (the same ones the e2e tests start). Measured for both ways of writing: Slack's streaming API (the first
 * chat.startStream) and, in a workspace that refuses it, the first draft chat.postMessage.
 */
export interface StreamingFigures {
  path: string;
  runs: number;
  firstP50: number;
  firstP95: number;
  firstMax: number;
  /** To the finished answer, with its sources and feedback buttons. */
  wholeP95: number;
}

/** Pause between the LLM stand-in's streamed pieces, so an answer takes about as long to write as a real one. */
const PIECE_DELAY_MS = 25;
const WARM_UP = 3;

async function measurePath(
  slack: SlackStandIn,
  questions: string[],
  path: { name: string; firstCalls: string[]; refuse: boolean },
): Promise<StreamingFigures> {
  slack.refuseStreaming(path.refuse ? 'feature_not_enabled' : false);
  const first: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < questions.length + WARM_UP; i++) {
    const channel = `CBENCH${path.refuse ? 'F' : 'N'}${i}`;
    const text = `<@${slack.botUserId}> ${questions[i % questions.length]}`;
    const message = slack.addMessage(channel, { user: 'UBENCH', text });
    const sentAt = Date.now();
    await slack.sendSocketEvent(
      slack.eventPayload({ type: 'app_mention', channel, user: 'UBENCH', text, ts: message.ts }),
    );
    const firstCall = await slack.waitFor(
      () => slack.calls.find((c) => path.firstCalls.includes(c.method) && c.args.channel === channel),
      30_000,
    );
    await slack.waitFor(
      () =>
        slack
          .botReplies(channel)
          .find((m) => !m.streaming && JSON.stringify(m.blocks ?? []).includes('feedback_buttons')),
      30_000,
    );
    if (i < WARM_UP) continue;
    first.push(firstCall.at - sentAt);
    whole.push(Date.now() - sentAt);
  }
  return {
    path: path.name,
    runs: first.length,
    firstP50: percentile(first, 50),
    firstP95: percentile(first, 95),
    firstMax: Math.max(...first),
    wholeP95: percentile(whole, 95),
  };
}

export async function measureSlackStreaming(questions: string[]): Promise<StreamingFigures[]> {
  const llm = await startOpenAiStandIn({ pieceDelayMs: PIECE_DELAY_MS });
  const h = await startHarness({
    env: { OPENAI_API_KEY: 'bench-key', OPENAI_BASE_URL: `${llm.url}/v1`, LOG_LEVEL: 'error' },
  });
  try {
    return [
      // An answer the LLM does not write (a refusal, "not found") is posted whole: that post is its first text.
      await measurePath(h.slack, questions, {
        name: 'chat.startStream',
        firstCalls: ['chat.startStream', 'chat.postMessage'],
        refuse: false,
      }),
      // A refused chat.startStream shows nothing; the first text is the draft post.
      await measurePath(h.slack, questions, {
        name: 'post and update (stream refused)',
        firstCalls: ['chat.postMessage'],
        refuse: true,
      }),
    ];
  } finally {
    await h.close();
    await llm.close();
  }
}
