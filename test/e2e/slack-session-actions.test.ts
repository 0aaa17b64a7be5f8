import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIcs } from '../../src/knowledge/loaders/ics.js';
import { SESSION_GONE } from '../../src/slack/calendar.js';
import { NOTHING_FOLLOWED } from '../../src/slack/my-agenda.js';
import { CALENDAR_ACTION, FOLLOW_ACTION } from '../../src/text/session-actions.js';
import { type Harness, startHarness } from '../slack/harness.js';
import type { RecordedCall } from './slack-stand-in.js';

/**
 * "Add to calendar", "Follow" and "my agenda" end to end: the real Bolt app over Socket Mode, the real WebClient's files.uploadV2 against
 * the stand-in, and the uploaded file read back as a calendar.
 */
const PERSON = 'UCAL';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Button = { type: string; action_id: string; value: string; text: { text: string } };
const buttons = (blocks: unknown, action = CALENDAR_ACTION): Button[] =>
  ((blocks ?? []) as Array<{ type: string; elements?: Button[] }>)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.action_id.startsWith(action));

async function click(button: Button, channel: string, messageTs?: string, threadTs?: string) {
  const before = h.slack.files.length;
  await h.slack.sendSocketEvent(
    h.slack.blockActionPayload({
      action_id: button.action_id,
      value: button.value,
      user_id: PERSON,
      channel_id: channel,
      ...(messageTs ? { message_ts: messageTs } : {}),
      ...(threadTs ? { thread_ts: threadTs } : {}),
    }),
    'interactive',
  );
  return before;
}

async function command(text: string): Promise<RecordedCall> {
  const payload = h.slack.commandPayload({ text, user_id: PERSON, channel_id: 'CAGENDA' });
  await h.slack.sendSocketEvent(payload, 'slash_commands');
  const path = new URL(String(payload.response_url)).pathname;
  return h.slack.waitFor(() => h.slack.callsTo('response_url').find((c) => c.args.path === path));
}

describe('Add to calendar over Socket Mode', () => {
  it('a session answer offers the session as an .ics file, uploaded in its thread', async () => {
    const channel = 'CCAL1';
    const question = h.slack.addMessage(channel, {
      user: PERSON,
      text: `<@${h.slack.botUserId}> when is the next session?`,
    });
    await h.slack.sendSocketEvent(
      h.slack.eventPayload({ type: 'app_mention', channel, user: PERSON, text: question.text, ts: question.ts }),
    );
    const answer = await h.slack.waitFor(() => h.slack.botReplies(channel)[0]);
    const [button] = buttons(answer.blocks);
    expect(button?.text.text).toBe('Add to calendar');
    const next = h.engine.schedule().sessions.find((s) => s.status === 'scheduled' && s.start >= h.engine.now());
    expect(button?.value).toBe(`session:${next?.key}`);

    const before = await click(button as Button, channel, answer.ts, answer.thread_ts);
    const file = await h.slack.waitFor(() => h.slack.files[before]);
    expect(h.slack.callsTo('files.getUploadURLExternal').length).toBeGreaterThan(0);
    expect(file).toMatchObject({ channel, thread_ts: question.ts });
    expect(file.filename).toMatch(/\.ics$/);
    expect(file.initial_comment).toContain(`<@${PERSON}>`);
    const events = loadIcs(file.filename, file.content).events ?? [];
    expect(events.map((e) => [e.start.toISOString(), e.end?.toISOString()])).toEqual([
      [next?.start.toISOString(), (next?.end ?? new Date((next?.start.getTime() ?? 0) + 3_600_000)).toISOString()],
    ]);
    expect(events[0]?.title).toContain(next?.title ?? '?');
  });

  it('/meetings agenda exports the whole meeting as one .ics', async () => {
    const reply = await command('agenda 10');
    const [button] = buttons(reply.args.blocks);
    expect(button?.text.text).toBe('Add the whole meeting to calendar');
    const meeting = h.engine.schedule().byNumber.get(10);
    const before = await click(button as Button, 'CAGENDA');
    const file = await h.slack.waitFor(() => h.slack.files[before]);
    const events = loadIcs(file.filename, file.content).events ?? [];
    expect(events.map((e) => e.start.toISOString())).toEqual(meeting?.sessions.map((s) => s.start.toISOString()));
    expect(file.channel).toBe('CAGENDA');
  });

  it('a button whose session left the schedule says so instead of uploading', async () => {
    const before = h.slack.files.length;
    const ephemerals = h.slack.ephemerals.length;
    await click(
      { type: 'button', action_id: `${CALENDAR_ACTION}:session:gone`, value: 'session:gone', text: { text: '' } },
      'CCAL2',
    );
    const notice = await h.slack.waitFor(() => h.slack.ephemerals[ephemerals]);
    expect(notice).toMatchObject({ channel: 'CCAL2', user: PERSON, text: SESSION_GONE });
    expect(h.slack.files.length).toBe(before);
  });
});

describe('Follow and my agenda over Socket Mode', () => {
  it('follows a session from an answer, lists it in the person’s own zone, and unfollows on a second click', async () => {
    const user = PERSON;
    h.slack.users.set(user, { id: user, tz: 'Pacific/Auckland' });
    const empty = await command('my');
    expect(String(empty.args.text)).toContain(NOTHING_FOLLOWED.slice(0, 30));

    const channel = 'CFOLLOW';
    const question = h.slack.addMessage(channel, { user, text: `<@${h.slack.botUserId}> when is the next session?` });
    await h.slack.sendSocketEvent(
      h.slack.eventPayload({ type: 'app_mention', channel, user, text: question.text, ts: question.ts }),
    );
    const answer = await h.slack.waitFor(() => h.slack.botReplies(channel)[0]);
    const [follow] = buttons(answer.blocks, FOLLOW_ACTION);
    expect(follow?.text.text).toBe('Follow');
    const next = h.engine.schedule().sessions.find((s) => s.status === 'scheduled' && s.start >= h.engine.now());
    if (!next || !follow) throw new Error('no next session or no Follow button');

    // A click on Follow, as Slack delivers it; resolves with the ephemeral confirmation it gets.
    const clickFollow = async () => {
      const before = h.slack.ephemerals.length;
      await h.slack.sendSocketEvent(
        h.slack.blockActionPayload({
          action_id: follow.action_id,
          value: follow.value,
          user_id: user,
          channel_id: channel,
        }),
        'interactive',
      );
      return h.slack.waitFor(() => h.slack.ephemerals[before]);
    };
    const confirm = await clickFollow();
    expect(String(confirm.text)).toContain(`You follow *${next.title}*`);
    expect(h.follows.followedBy(user)).toEqual([next.key]);

    // In a DM, "my agenda" lists it at Auckland's wall-clock time, with the meeting's own time beside it.
    const dm = 'DFOLLOW';
    await h.slack.sendSocketEvent(h.slack.dmEvent(dm, 'my agenda', { user }));
    const listed = await h.slack.waitFor(() => h.slack.botReplies(dm)[0]);
    const auckland = DateTime.fromJSDate(next.start, { zone: 'Pacific/Auckland' }).toFormat('ccc d LLL yyyy, HH:mm');
    const meetingTime = DateTime.fromJSDate(next.start, { zone: next.timezone }).toFormat('HH:mm');
    expect(listed.text).toContain('times in Pacific/Auckland');
    expect(listed.text).toContain(auckland);
    expect(listed.text).toContain(`meeting time ${meetingTime}`);
    expect(auckland).not.toContain(`, ${meetingTime}`);
    expect(String((await command('my')).args.text)).toContain(auckland);

    expect(String((await clickFollow()).text)).toContain('You no longer follow');
    expect(h.follows.followedBy(user)).toEqual([]);
  });

  it('the agenda offers every session to follow', async () => {
    const reply = await command('agenda 10');
    const follows = buttons(reply.args.blocks, FOLLOW_ACTION);
    const meeting = h.engine.schedule().byNumber.get(10);
    expect(follows.map((b) => b.value)).toEqual(meeting?.sessions.map((s) => s.key));
  });
});
