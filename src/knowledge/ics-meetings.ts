import { DateTime } from 'luxon';
import type { CalendarEvent } from './document.js';
import { detectMeeting, type LearnedNouns } from './meeting-detect.js';
import { splitSummary } from './session-title.js';

/**
 * A calendar file holds sessions, not meetings. Events are grouped into meetings by the strongest sign they
 * share, in this order: the meeting their SUMMARY names before its separator, their first CATEGORIES value, a
 * UID stem shared by several events ("stats-2026-s1@…", "stats-2026-s2@…"), and last the days they fall on,
 * when those are close together.
 */

export interface EventGroup {
  title: string;
  /** The events with the title each takes as a session of this meeting. */
  sessions: Array<{ event: CalendarEvent; title: string }>;
}

/** Events at most this many days apart belong to one meeting when nothing else groups them (a weekend fits). */
const MAX_GAP_DAYS = 3;

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** "stats-2026-s1@un.org" → "stats-2026"; a recurring event's occurrences ("uid#20260306T100000") share their UID. */
export function uidStem(uid: string): string {
  const local = (uid.split('#')[0] ?? uid).split('@')[0] ?? uid;
  return local.replace(/[-_.]?(?:s|session|day|d|e|event|part|p)?\d{1,3}$/i, '');
}

function dayOf(e: CalendarEvent): DateTime {
  return DateTime.fromJSDate(e.start, { zone: e.timezone }).startOf('day');
}

export function groupEvents(events: CalendarEvent[], calendarTitle: string): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  const add = (key: string, title: string, event: CalendarEvent, session: string) => {
    const group = groups.get(key) ?? { title, sessions: [] };
    group.sessions.push({ event, title: session });
    groups.set(key, group);
  };
  const stems = new Map<string, number>();
  for (const e of events) stems.set(uidStem(e.uid), (stems.get(uidStem(e.uid)) ?? 0) + 1);
  const loose: CalendarEvent[] = [];
  for (const e of events) {
    const split = splitSummary(e.title);
    const category = e.categories[0];
    const stem = uidStem(e.uid);
    if (split.meeting) add(`title:${fold(split.meeting)}`, split.meeting, e, split.session);
    else if (category) add(`category:${fold(category)}`, category, e, split.session);
    else if (stem && (stems.get(stem) ?? 0) > 1) add(`uid:${stem}`, calendarTitle, e, split.session);
    else loose.push(e);
  }
  const clusters: CalendarEvent[][] = [];
  for (const e of [...loose].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const current = clusters.at(-1);
    const last = current?.at(-1);
    if (current && last && dayOf(e).diff(dayOf(last), 'days').days <= MAX_GAP_DAYS) current.push(e);
    else clusters.push([e]);
  }
  for (const [i, cluster] of clusters.entries()) {
    const first = cluster[0] as CalendarEvent;
    // Several clusters under one calendar name are told apart by the day each begins.
    const title = clusters.length > 1 ? `${calendarTitle} (${dayOf(first).toFormat('d LLLL yyyy')})` : calendarTitle;
    for (const e of cluster) add(`days:${i}`, title, e, splitSummary(e.title).session);
  }
  return [...groups.values()];
}

/** A meeting as far as placing an event goes: its number and the days it was held, where known (YYYY-MM-DD). */
export interface HeldMeeting {
  number: number;
  start?: string;
  end?: string;
}

/**
 * The meeting an event on `day` belongs to: the one its title names, unless that meeting was held on other days and
 * another was held on the event's day. Then the number names a part of that other meeting ("WP.7 – 5th meeting", a
 * sitting of the seventh session), as series that call their sittings meetings write it.
 */
export function meetingOfEvent<M extends HeldMeeting>(
  title: string,
  day: string,
  meetings: M[],
  nouns: LearnedNouns,
): M | undefined {
  const heldOn = (m: HeldMeeting) => m.start !== undefined && m.start <= day && day <= (m.end ?? m.start);
  const held = meetings.find((m) => m.end !== undefined && heldOn(m));
  const { meeting: named } = splitSummary(title);
  const number = (named && detectMeeting(named, { nouns }).number) ?? detectMeeting(title, { nouns }).number;
  const meeting = number === undefined ? undefined : meetings.find((m) => m.number === number);
  if (meeting && (!held || !meeting.start || heldOn(meeting))) return meeting;
  return held;
}
