import type { Button } from '@slack/types';
import { shorten } from './mrkdwn.js';

/**
 * The buttons a session carries wherever it is shown (answers, reminders, the agenda): add it to a calendar,
 * and follow it (a personal reminder, and a line in "my agenda").
 * Values name what the button is for, `session:<session key>` or `meeting:<meeting key>`, so one handler serves
 * every surface and a click after a reload still finds its session by its stable key.
 */
export const CALENDAR_ACTION = 'add_to_calendar';
export const FOLLOW_ACTION = 'follow_session';

/** Slack's limits: a button's text, and the elements of one actions block. */
const BUTTON_TEXT_LIMIT = 75;
export const MAX_ACTIONS = 25;

export type CalendarTarget = { kind: 'session' | 'meeting'; key: string };

export function calendarButton(target: CalendarTarget, label = 'Add to calendar'): Button {
  return {
    type: 'button',
    // Several buttons of one action in a message need distinct action_ids; the handler matches the prefix.
    action_id: `${CALENDAR_ACTION}:${target.kind}:${target.key}`.slice(0, 255),
    text: { type: 'plain_text', text: shorten(label, BUTTON_TEXT_LIMIT) },
    value: `${target.kind}:${target.key}`,
  };
}

export function parseCalendarValue(value: string | undefined): CalendarTarget | undefined {
  const m = /^(session|meeting):(.+)$/s.exec(value ?? '');
  return m ? { kind: m[1] as CalendarTarget['kind'], key: m[2] as string } : undefined;
}

/** The value is the session key; clicking again unfollows. */
export function followButton(sessionKey: string, label = 'Follow'): Button {
  return {
    type: 'button',
    action_id: `${FOLLOW_ACTION}:${sessionKey}`.slice(0, 255),
    text: { type: 'plain_text', text: shorten(label, BUTTON_TEXT_LIMIT) },
    value: sessionKey,
  };
}
