import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASK_SESSION_ACTION_ID } from '../../src/reminders/message.js';
import { FAILURE_TEXT } from '../../src/slack/answer-question.js';
import { ASSISTANT_GREETING, ASSISTANT_STATUS } from '../../src/slack/assistant.js';
import { FEEDBACK_ACTION, FEEDBACK_UP } from '../../src/slack/blocks.js';
import { FEEDBACK_THANKS } from '../../src/slack/feedback.js';
import { REMINDER_TOGGLE } from '../../src/slack/home.js';
import { blocksText, type Harness, latencySummary, startHarness } from '../slack/harness.js';
import type { RecordedCall } from './slack-stand-in.js';

const PERSON = 'UPERSON';

let h: Harness;
let channelCount = 0;
/** A fresh conversation per test, so counts never see another test's messages. */
const freshChannel = (prefix: 'C' | 'D') => `${prefix}TEST${++channelCount}`;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

async function mention(channel: string, text: string, threadTs?: string) {
  const message = h.slack.addMessage(channel, {
    user: PERSON,
    text: `<@${h.slack.botUserId}> ${text}`,
    thread_ts: threadTs,
  });
  const payload = h.slack.eventPayload({
    type: 'app_mention',
    channel,
    user: PERSON,
    text: message.text,
    ts: message.ts,
    thread_ts: threadTs,
  });
  await h.slack.sendSocketEvent(payload);
  return { message, payload };
}

async function directMessage(channel: string, text: string, extra: Record<string, unknown> = {}) {
  const payload = h.slack.dmEvent(channel, text, { user: PERSON, extra });
  const ack = await h.slack.sendSocketEvent(payload);
  return { payload, ack };
}

async function command(text: string): Promise<RecordedCall> {
  const payload = h.slack.commandPayload({ text, user_id: PERSON });
  const before = h.slack.callsTo('response_url').length;
  await h.slack.sendSocketEvent(payload, 'slash_commands');
  await h.slack.waitFor(() => h.slack.callsTo('response_url').length > before);
  const reply = h.slack
    .callsTo('response_url')
    .find((c) => c.args.path === new URL(String(payload.response_url)).pathname);
  if (!reply) throw new Error(`No reply to /meetings ${text}`);
  return reply;
}

describe('Slack app over Socket Mode (real Bolt, local Slack stand-in)', () => {
  it('sends every Web API call, the Socket Mode connection included, to SLACK_API_URL', () => {
    const open = h.slack.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThan(0);
    expect(open[0]?.token).toBe('xapp-1-stand-in-app-token');
    expect(h.slack.callsTo('auth.test')[0]?.token).toBe('xoxb-stand-in-bot-token');
  });

  it('answers a mention in a thread under it, with sources and document links', async () => {
    const channel = freshChannel('C');
    const { message } = await mention(channel, 'What is A/RES/68/4?');
    const [reply] = await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0 && h.slack.botReplies(channel));
    expect(reply?.thread_ts).toBe(message.ts);
    const blocks = blocksText(reply ?? {});
    expect(blocks).toContain('<https://undocs.org/A/RES/68/4|A/RES/68/4>');
    expect(blocks).toMatch(/"block_id":"sources".*<https:\/\/undocs\.org\/A\/RES\/68\/4\|[^>]+>/);
    expect(blocks).toContain(`"type":"feedback_buttons","action_id":"${FEEDBACK_ACTION}"`);
    expect(blocks).toContain(`"value":"up:${channel}:${message.ts}"`);
    expect(reply?.text).toContain('Declaration of the High-level Dialogue');
  });

  it('answers a direct message in place', async () => {
    const channel = freshChannel('D');
    await directMessage(channel, 'Who opened the tenth meeting?');
    const [reply] = await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0 && h.slack.botReplies(channel));
    expect(reply?.thread_ts).toBeUndefined();
    expect(reply?.text).toContain('Bela Hovy');
    expect(blocksText(reply ?? {})).toContain('meetings/10-tenth-meeting-2012.md');
  });

  it('ignores other bots, its own messages and message subtypes', async () => {
    const channel = freshChannel('D');
    await directMessage(channel, 'When was the tenth meeting?', {
      bot_id: 'BOTHER',
      subtype: 'bot_message',
      user: undefined,
    });
    await directMessage(channel, 'When was the tenth meeting?', { user: h.slack.botUserId, bot_id: h.slack.botId });
    await directMessage(channel, 'When was the tenth meeting?', { subtype: 'message_changed' });
    await directMessage(channel, 'Who opened the tenth meeting?');
    await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0);
    await new Promise((r) => setTimeout(r, 100));
    expect(h.slack.botReplies(channel).map((m) => m.text)).toEqual([expect.stringContaining('Bela Hovy')]);
  });

  it('answers an event once even when Slack delivers it again', async () => {
    const channel = freshChannel('C');
    const { payload } = await mention(channel, 'Who opened the tenth meeting?');
    await h.slack.sendSocketEvent(payload, 'events_api', { retry_attempt: 1, retry_reason: 'timeout' });
    // The same message also arrives as a plain message event with its own event id.
    const event = payload.event as Record<string, unknown>;
    await h.slack.sendSocketEvent(h.slack.eventPayload({ ...event, type: 'message', channel_type: 'channel' }));
    await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0);
    const sentinel = freshChannel('D');
    await directMessage(sentinel, 'When was the tenth meeting?');
    await h.slack.waitFor(() => h.slack.botReplies(sentinel).length > 0);
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel)).toHaveLength(1);
  });

  it('answers a follow-up in a thread from the thread history', async () => {
    const channel = freshChannel('C');
    const { message: first } = await mention(channel, 'When was the twelfth meeting?');
    await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0);
    await mention(channel, 'Who opened it?', first.ts);
    const replies = await h.slack.waitFor(() => h.slack.botReplies(channel).length > 1 && h.slack.botReplies(channel));
    const replyCall = h.slack.callsTo('conversations.replies').find((c) => c.args.channel === channel);
    expect(replyCall?.args.ts).toBe(first.ts);
    expect(replies[1]?.thread_ts).toBe(first.ts);
    expect(replies[1]?.text).toMatch(/12th meeting/);
    expect(replies[1]?.text).toContain('Francesca Perucci');
  });

  it('still answers a follow-up when Slack refuses the thread history, and logs why', async () => {
    const channel = freshChannel('C');
    const parent = h.slack.addMessage(channel, { user: PERSON, text: 'Planning for February' });
    h.slack.failNext('conversations.replies', { status: 200, body: { ok: false, error: 'missing_scope' } });
    await mention(channel, 'Who opened the tenth meeting?', parent.ts);
    const [reply] = await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0 && h.slack.botReplies(channel));
    expect(reply?.text).toContain('Bela Hovy');
    expect(h.logs.join('\n')).toMatch(
      /WARN .*without its thread history.*conversations\.replies failed: missing_scope/s,
    );
  });

  it('shows a question error as it is, and apologises (and logs) when Slack fails', async () => {
    const channel = freshChannel('C');
    await mention(channel, '');
    const [notice] = await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0 && h.slack.botReplies(channel));
    expect(notice?.text).toMatch(/^Please type a question/);

    const failing = freshChannel('C');
    h.slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    await mention(failing, 'Who opened the tenth meeting?');
    const [apology] = await h.slack.waitFor(
      () => h.slack.botReplies(failing).length > 0 && h.slack.botReplies(failing),
    );
    expect(apology?.text).toBe(FAILURE_TEXT);
    expect(h.logs.join('\n')).toMatch(
      /ERROR .*Could not answer the mention message .*chat\.postMessage failed: not_in_channel/s,
    );
  });

  it('greets a new assistant thread with suggested prompts', async () => {
    const channel = freshChannel('D');
    const threadTs = '1392800000.000100';
    await h.slack.sendSocketEvent(
      h.slack.eventPayload({
        type: 'assistant_thread_started',
        assistant_thread: {
          user_id: PERSON,
          channel_id: channel,
          thread_ts: threadTs,
          context: { channel_id: 'CGENERAL', team_id: h.slack.teamId },
        },
      }),
    );
    const prompts = await h.slack.waitFor(() =>
      h.slack.callsTo('assistant.threads.setSuggestedPrompts').find((c) => c.args.channel_id === channel),
    );
    expect(prompts.args.thread_ts).toBe(threadTs);
    expect(prompts.args.prompts).toEqual(
      expect.arrayContaining([{ title: 'Next session', message: 'When is the next session?' }]),
    );
    expect(JSON.stringify(prompts.args.prompts)).toContain('twelfth meeting');
    expect(h.slack.botReplies(channel)[0]).toMatchObject({ text: ASSISTANT_GREETING, thread_ts: threadTs });
  });

  it('answers in an assistant thread with a status and a title', async () => {
    const channel = freshChannel('D');
    const threadTs = '1392800000.000200';
    const text = 'When is the next session?';
    await h.slack.sendSocketEvent(h.slack.dmEvent(channel, text, { user: PERSON, extra: { thread_ts: threadTs } }));
    const [reply] = await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0 && h.slack.botReplies(channel));
    expect(reply?.thread_ts).toBe(threadTs);
    expect(reply?.text).toMatch(/Morning session of the 12th meeting: Thursday, 20 February 2014, 10:00/);
    const status = h.slack.callsTo('assistant.threads.setStatus').find((c) => c.args.channel_id === channel);
    expect(status?.args).toMatchObject({ thread_ts: threadTs, status: ASSISTANT_STATUS });
    const title = h.slack.callsTo('assistant.threads.setTitle').find((c) => c.args.channel_id === channel);
    expect(title?.args.title).toBe(text);
  });

  it('greets a person in the Messages tab of the agent view once, and sets suggested prompts there each time', async () => {
    const user = 'UAGENT';
    const channel = freshChannel('D');
    await h.slack.sendSocketEvent(h.slack.appHomeOpened(user, 'messages', channel));
    const greeting = await h.slack.waitFor(() => h.slack.botReplies(channel)[0]);
    expect(greeting).toMatchObject({ text: ASSISTANT_GREETING });
    expect(greeting.thread_ts).toBeUndefined();
    await h.slack.sendSocketEvent(h.slack.appHomeOpened(user, 'messages', channel));
    const prompts = () =>
      h.slack.callsTo('assistant.threads.setSuggestedPrompts').filter((c) => c.args.channel_id === channel);
    await h.slack.waitFor(() => prompts().length === 2);
    for (const call of prompts()) {
      // The agent view takes prompts for the tab itself, not for a thread.
      expect(call.args.thread_ts).toBeUndefined();
      expect(JSON.stringify(call.args.prompts)).toContain('twelfth meeting');
    }
    expect(h.slack.botReplies(channel)).toHaveLength(1);
    // Opening the Home tab is not a visit to the Messages tab.
    await h.slack.sendSocketEvent(h.slack.appHomeOpened(user, 'home', channel));
    await h.slack.waitFor(() => h.slack.views.get(user));
    expect(prompts()).toHaveLength(2);
  });

  it('answers "hi", "help" and "what can you do" with examples from the documents and the /meetings commands', async () => {
    const expectHelp = (text: string | undefined) => {
      expect(text).toContain('Try:');
      expect(text).toContain('When was the sixteenth meeting?');
      expect(text).toContain('/meetings next');
      expect(text).not.toContain("couldn't find");
    };
    const dm = freshChannel('D');
    await directMessage(dm, 'hi');
    expectHelp((await h.slack.waitFor(() => h.slack.botReplies(dm)[0]))?.text);

    const channel = freshChannel('C');
    await mention(channel, 'help');
    expectHelp((await h.slack.waitFor(() => h.slack.botReplies(channel)[0]))?.text);

    const panel = freshChannel('D');
    await h.slack.sendSocketEvent(
      h.slack.dmEvent(panel, 'What can you do?', { user: PERSON, extra: { thread_ts: '1392800000.000400' } }),
    );
    const inThread = await h.slack.waitFor(() => h.slack.botReplies(panel)[0]);
    expect(inThread.thread_ts).toBe('1392800000.000400');
    expectHelp(inThread.text);

    const reply = await command('help');
    expect(reply.args.response_type).toBe('ephemeral');
    expectHelp(String(reply.args.text));
    expect(String(reply.args.text)).toContain('/meetings remind on');
  });

  it('/meetings next gives the next session by the configured NOW', async () => {
    const reply = await command('next');
    expect(reply.args.response_type).toBe('in_channel');
    expect(reply.args.text).toMatch(/Morning session.*Twelfth Coordination Meeting/s);
    expect(reply.args.text).toContain('Thursday, 20 February 2014, 10:00–13:00 (New York time, EST)');
  });

  it('/meetings doc links the document and lists where it is cited', async () => {
    const reply = await command('doc A/RES/68/4');
    const text = String(reply.args.text);
    expect(text).toContain('<https://undocs.org/A/RES/68/4|A/RES/68/4>');
    expect(text).toContain('Declaration of the High-level Dialogue');
    expect(text).toContain('meetings/12-twelfth-meeting-2014.md');
  });

  it('/meetings agenda, remind and help', async () => {
    const agenda = await command('agenda 12');
    expect(agenda.args.text).toContain('Migration and the post-2015 development agenda');

    const on = await command('remind on 15');
    expect(on.args).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('15 minutes before') });
    expect(h.preferences.get(PERSON)).toEqual({ optedIn: true, leadMinutes: 15 });
    const off = await command('remind off');
    expect(off.args.text).toBe('Session reminders are off.');
    expect(h.preferences.get(PERSON).optedIn).toBe(false);

    const help = await command('help');
    expect(help.args).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/meetings next') });
  });

  it('App Home shows the upcoming sessions and toggles reminders', async () => {
    const user = 'UHOME';
    await h.slack.sendSocketEvent(
      h.slack.eventPayload({ type: 'app_home_opened', user, channel: 'DHOME', tab: 'home' }),
    );
    const view = await h.slack.waitFor(() => h.slack.views.get(user));
    expect(JSON.stringify(view)).toContain('Morning session');
    expect(JSON.stringify(view)).toContain('Session reminders are off.');

    await h.slack.sendSocketEvent(
      h.slack.blockActionPayload({
        action_id: REMINDER_TOGGLE,
        value: 'on',
        user_id: user,
        view: { id: 'VHOME', type: 'home' },
      }),
      'interactive',
    );
    await h.slack.waitFor(() => h.preferences.get(user).optedIn);
    await h.slack.waitFor(() => JSON.stringify(h.slack.views.get(user)).includes('Turn off'));
    expect(JSON.stringify(h.slack.views.get(user))).toContain(
      'Session reminders are on: I remind you 1 day and 15 minutes',
    );
  });

  it('records a click on the feedback buttons and thanks the person; a changed mind is a later click', async () => {
    const channel = freshChannel('C');
    const { message } = await mention(channel, 'Who opened the tenth meeting?');
    const answer = await h.slack.waitFor(() => h.slack.botReplies(channel)[0]);
    type Feedback = { type: string; positive_button: { value: string }; negative_button: { value: string } };
    const control = (answer.blocks as Array<{ type: string; elements?: Feedback[] }>)
      .find((b) => b.type === 'context_actions')
      ?.elements?.find((e) => e.type === 'feedback_buttons');
    const up = control?.positive_button.value;
    const down = control?.negative_button.value;
    expect([up, down]).toEqual([`up:${channel}:${message.ts}`, `down:${channel}:${message.ts}`]);
    const before = h.feedback.entries.length;
    for (const [value, actionTs] of [
      [up, '1700000000.000100'],
      [down, '1700000005.000100'],
    ] as const) {
      await h.slack.sendSocketEvent(
        h.slack.blockActionPayload({
          element: 'feedback_buttons',
          action_id: FEEDBACK_ACTION,
          value: value ?? '',
          channel_id: channel,
          message_ts: answer.ts,
          thread_ts: message.ts,
          action_ts: actionTs,
        }),
        'interactive',
      );
    }
    await h.slack.waitFor(() => h.feedback.entries.length === before + 2);
    const votes = h.feedback.entries.slice(before);
    expect(votes.map((v) => [v.vote, v.questionId, v.userId, v.answerTs])).toEqual([
      ['up', `${channel}:${message.ts}`, PERSON, answer.ts],
      ['down', `${channel}:${message.ts}`, PERSON, answer.ts],
    ]);
    const latest = [...votes].sort((a, b) => Number(a.clickedAt) - Number(b.clickedAt)).at(-1);
    expect(latest?.vote).toBe('down');
    const thanks = await h.slack.waitFor(() => h.slack.ephemerals.find((e) => e.channel === channel));
    expect(thanks).toMatchObject({ user: PERSON, text: FEEDBACK_THANKS, thread_ts: message.ts });
  });

  it('still records 👍 from the buttons of answers posted before the feedback_buttons element', async () => {
    const channel = freshChannel('C');
    const before = h.feedback.entries.length;
    await h.slack.sendSocketEvent(
      h.slack.blockActionPayload({
        action_id: FEEDBACK_UP,
        value: `${channel}:1.000001`,
        channel_id: channel,
        message_ts: '1.000002',
      }),
      'interactive',
    );
    await h.slack.waitFor(() => h.feedback.entries.length > before);
    expect(h.feedback.entries.at(-1)).toMatchObject({
      vote: 'up',
      questionId: `${channel}:1.000001`,
      userId: PERSON,
      answerTs: '1.000002',
    });
    const thanks = await h.slack.waitFor(() => h.slack.ephemerals.find((e) => e.channel === channel));
    expect(thanks).toMatchObject({ user: PERSON, text: FEEDBACK_THANKS });
  });

  it('answers "Ask about this session" on a reminder, or a rehearsal reminder, with the agenda, privately', async () => {
    for (const value of ['meeting-12@2014-02-20T10:00', 'rehearsal:meeting-12@2014-02-20T10:00']) {
      const channel = freshChannel('C');
      const payload = h.slack.blockActionPayload({
        action_id: ASK_SESSION_ACTION_ID,
        value,
        channel_id: channel,
        message_ts: '1.000003',
      });
      await h.slack.sendSocketEvent(payload, 'interactive');
      const path = new URL(String(payload.response_url)).pathname;
      const reply = await h.slack.waitFor(() => h.slack.callsTo('response_url').find((c) => c.args.path === path));
      expect(reply.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
      expect(reply.args.text).toContain('Item II. Migration and the post-2015 development agenda');
    }
  });

  it('reconnects after Slack drops the socket', async () => {
    const opened = h.slack.callsTo('apps.connections.open').length;
    h.slack.dropSockets();
    await h.slack.waitFor(
      () => h.slack.callsTo('apps.connections.open').length > opened && h.slack.connectedSockets() > 0,
      20_000,
    );
    const channel = freshChannel('D');
    await directMessage(channel, 'Who opened the tenth meeting?');
    await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0);
  }, 30_000);

  it('measures ack latency and time to first answer', async () => {
    const acks: number[] = [];
    const answers: number[] = [];
    const questions = ['Who opened the tenth meeting?', 'When is the next session?', 'What is A/RES/68/4?'];
    for (let i = 0; i < 30; i++) {
      const channel = freshChannel('D');
      const started = performance.now();
      const { ack } = await directMessage(channel, questions[i % questions.length] ?? '');
      acks.push(ack.ackMs);
      await h.slack.waitFor(() => h.slack.botReplies(channel).length > 0);
      answers.push(performance.now() - started);
    }
    console.log(`Socket Mode, ${acks.length} DMs: ${latencySummary(acks, answers)}`);
    expect(acks).toHaveLength(30);
  });
});

describe('Slack app after the last scheduled session', () => {
  let late: Harness;
  beforeAll(async () => {
    late = await startHarness({ env: { NOW: '2030-01-01T09:00:00Z' } });
  });
  afterAll(async () => {
    await late?.close();
  });

  it('App Home and /meetings next say nothing is scheduled and show the most recent meeting', async () => {
    await late.slack.sendSocketEvent(late.slack.eventPayload({ type: 'app_home_opened', user: PERSON, tab: 'home' }));
    const view = JSON.stringify(await late.slack.waitFor(() => late.slack.views.get(PERSON)));
    expect(view).toContain('No upcoming sessions are scheduled.');
    expect(view).toMatch(/Most recent meeting.*Sixteenth Coordination Meeting/);

    const payload = late.slack.commandPayload({ text: 'next' });
    await late.slack.sendSocketEvent(payload, 'slash_commands');
    const reply = await late.slack.waitFor(() => late.slack.callsTo('response_url')[0]);
    expect(reply.args.text).toMatch(/^No upcoming sessions are scheduled\.\s+Most recent meeting: \*Sixteenth/);
  });
});
