import { describe, expect, it } from 'vitest';
import type { KnowledgeDocument } from '../../src/knowledge/document.js';
import { detectMeeting } from '../../src/knowledge/meeting-detect.js';
import { meetingRecordSchema } from '../../src/knowledge/meeting-record.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';

function recordPage(number: number, title: string): KnowledgeDocument {
  const record = meetingRecordSchema.parse({ number, title, start: '2019-04-09' });
  return { path: `r${number}.md`, format: 'markdown', title, body: '', hash: `r${number}`, record, detected: {} };
}

function rawPage(file: string, body: string): KnowledgeDocument {
  const detected = detectMeeting(body, { path: file });
  return { path: file, format: 'text', title: file, body, hash: file, detected, meetingNumber: detected.number };
}

describe('Meeting.noun: what the series calls its events', () => {
  it('takes the noun of a record’s title', () => {
    const schedule = buildSchedule([
      recordPage(1, 'First Regional Workshop on Basin Water Accounts'),
      recordPage(2, 'Second Coordination Meeting on International Migration'),
      recordPage(3, 'Expert Group on Water Statistics, third gathering'),
    ]);
    expect(schedule.meetings.map((m) => m.noun)).toEqual(['workshop', 'meeting', 'meeting']);
  });

  it('takes the noun a raw page uses', () => {
    const schedule = buildSchedule([
      rawPage('a.txt', 'Seminar No. 4, Monday, 14 November 2022'),
      rawPage('b.txt', 'Welcome to the 5th edition of the Water Data Forum, 3-5 June 2021'),
      rawPage('c.txt', 'The Sixth Session of the Committee met on 9 April 2019.'),
    ]);
    expect(schedule.meetings.map((m) => [m.number, m.noun, m.start, m.end])).toEqual([
      [4, 'seminar', '2022-11-14', '2022-11-14'],
      [5, 'forum', '2021-06-03', '2021-06-05'],
      [6, 'session', '2019-04-09', '2019-04-09'],
    ]);
  });
});
