import { DateTime } from 'luxon';
import { formatDateRange, formatSessionTime } from '../knowledge/date-format.js';
import { describePerson, meetingName } from '../knowledge/meeting-facts.js';
import { itemLine } from '../knowledge/meeting-record.js';
import { ordinalSuffix } from '../knowledge/ordinals.js';
import type { Schedule, Session } from '../knowledge/schedule.js';
import type { Question } from '../question/question.js';
import type { Answer, Source } from './types.js';

/**
 * "When is the next session?", "what's on tomorrow afternoon?", "what time does Thursday's session start?":
 * answered from the schedule relative to the bot's present, always with the date and the zone.
 */

function sessionLine(s: Session, schedule: Schedule): string {
  // The series' own word for its meetings ("the 12th convocation"), as the rest of the answers speak it.
  const noun = s.meetingNumber ? (schedule.byNumber.get(s.meetingNumber)?.noun ?? 'meeting') : '';
  const meeting = s.meetingNumber ? `${ordinalSuffix(s.meetingNumber)} ${noun}` : s.meetingTitle;
  const items = s.items.length
    ? ` Agenda: ${s.items
        .map(
          (i) =>
            `${itemLine(i)}${i.speakers.length ? ` (${i.speakers.map((p) => describePerson({ name: p.name })).join(', ')})` : ''}`,
        )
        .join('; ')}.`
    : '';
  const cancelled = s.status === 'cancelled' ? ' This session is cancelled.' : '';
  return `${s.title} of the ${meeting}: ${formatSessionTime(s.start, s.end, s.timezone)}${s.room ? `, ${s.room}` : ''}.${items}${cancelled}`;
}

function sourcesOf(sessions: Session[]): Source[] {
  const seen = new Set<string>();
  return sessions
    .filter((s) => !seen.has(s.sourcePath) && seen.add(s.sourcePath))
    .map((s) => ({ path: s.sourcePath, title: s.meetingTitle, url: null, score: 1, section: 'Agenda' }));
}

function inDayPart(s: Session, part: Question['dayPart']): boolean {
  if (!part) return true;
  const hour = DateTime.fromJSDate(s.start, { zone: s.timezone }).hour;
  return part === 'morning' ? hour < 12 : hour >= 12;
}

/** The zone days are counted in: that of the session nearest to now, so "tomorrow" means tomorrow where the meeting is. */
function referenceZone(schedule: Schedule, now: Date): string {
  const upcoming = schedule.sessions.find((s) => s.start.getTime() >= now.getTime());
  return upcoming?.timezone ?? schedule.sessions.at(-1)?.timezone ?? 'UTC';
}

export function answerAboutSchedule(q: Question, schedule: Schedule, now: Date): Answer | undefined {
  const rel = q.relative;
  // A weekday or "morning" inside a named meeting is about that meeting's days, not about the calendar now.
  if (!rel || (q.meetingBy !== 'none' && !rel.next)) return undefined;
  const zone = referenceZone(schedule, now);
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  const nowText = formatSessionTime(now, undefined, zone);
  const active = schedule.sessions.filter((s) => s.status === 'scheduled');

  let targetDay: DateTime | undefined;
  if (rel.day === 'today') targetDay = today;
  else if (rel.day === 'tomorrow') targetDay = today.plus({ days: 1 });
  else if (rel.day === 'yesterday') targetDay = today.minus({ days: 1 });
  else if (typeof rel.day === 'number') {
    const ahead = (rel.day - today.weekday + 7) % 7;
    targetDay = today.plus({ days: ahead });
  }

  if (targetDay) {
    const day = targetDay;
    const onDay = schedule.sessions.filter(
      (s) =>
        DateTime.fromJSDate(s.start, { zone: s.timezone }).hasSame(
          day.setZone(s.timezone, { keepLocalTime: true }),
          'day',
        ) && inDayPart(s, q.dayPart),
    );
    const dayText = day.toFormat('cccc, d LLLL yyyy');
    if (onDay.length === 0)
      return nothingScheduled(`${q.dayPart ? `${dayText} (${q.dayPart})` : dayText}`, schedule, now, nowText);
    return {
      answer: onDay.map((x) => sessionLine(x, schedule)).join('\n'),
      answered: true,
      intent: 'schedule.day',
      sources: sourcesOf(onDay),
      sessionKeys: onDay.map((s) => s.key),
      confidence: 0.95,
    };
  }

  if (rel.previous) {
    const past = active.filter((s) => s.start.getTime() < now.getTime()).at(-1);
    if (!past) return nothingScheduled('before now', schedule, now, nowText);
    return {
      answer: `The most recent session was: ${sessionLine(past, schedule)}`,
      answered: true,
      intent: 'schedule.previous',
      sources: sourcesOf([past]),
      sessionKeys: [past.key],
      confidence: 0.9,
    };
  }

  if (rel.next) {
    const next = active.find((s) => s.start.getTime() >= now.getTime() && inDayPart(s, q.dayPart));
    if (!next) return nothingScheduled('after now', schedule, now, nowText);
    // "When's the next convocation, and where?" asks for the meeting: its dates and place come before its first session.
    const meeting = q.wantsNextMeeting && next.meetingNumber ? schedule.byNumber.get(next.meetingNumber) : undefined;
    const city = meeting?.record?.city;
    const held = meeting?.start
      ? `The next ${meeting.noun} is the ${ordinalSuffix(meeting.number)}, ${formatDateRange(meeting.start, meeting.end)}${city ? `, in ${city}` : ''}. `
      : '';
    return {
      answer: `${held}Next: ${sessionLine(next, schedule)}`,
      answered: true,
      intent: 'schedule.next',
      sources: sourcesOf([next]),
      sessionKeys: [next.key],
      confidence: 0.95,
    };
  }
  return undefined;
}

/** Says what is known around the gap: the next session if there is one, else the most recent meeting. */
function nothingScheduled(when: string, schedule: Schedule, now: Date, nowText: string): Answer {
  const next = schedule.sessions.find((s) => s.status === 'scheduled' && s.start.getTime() >= now.getTime());
  const today = DateTime.fromJSDate(now, { zone: 'UTC' }).toISODate() ?? '';
  const last = [...schedule.meetings].reverse().find((m) => m.start && m.start <= today);
  const context = next
    ? ` The next session is: ${sessionLine(next, schedule)}`
    : last?.start
      ? ` The most recent meeting in the documents is the ${last.numbered ? ordinalSuffix(last.number) : meetingName(last)}, ${formatDateRange(last.start, last.end)}.`
      : '';
  const anchor = next
    ? sourcesOf([next])
    : last
      ? [{ path: last.sourcePath, title: last.title, url: last.url ?? null, score: 0.5 }]
      : [];
  return {
    answer: `I couldn't find a session ${when.startsWith('before') || when.startsWith('after') ? when : `on ${when}`} in the schedule (it is now ${nowText}).${context}`,
    answered: false,
    intent: 'schedule.none',
    sources: anchor,
    confidence: 0.9,
  };
}
