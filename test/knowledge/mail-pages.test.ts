import { describe, expect, it } from 'vitest';
import { pageUnits } from '../../src/answer/page-units.js';
import { loadText } from '../../src/knowledge/loaders/text.js';
import { detectMeeting } from '../../src/knowledge/meeting-detect.js';
import { readingUnits } from '../../src/knowledge/reading-units.js';
import { contentTokens } from '../../src/retrieval/tokenize.js';

const THREAD = [
  'From: Secretariat <secretariat@example.org>',
  'To: members@lists.example.org',
  'Date: Thu, 24 Jun 2021 16:40:05 +0200',
  'Subject: Re: Fwd: [members] Third Forum postponed: new dates 1-3/2/2022',
  '',
  'Dear all,',
  '',
  'On 21/6/2021 (day/month) the Bureau wrote:',
  '> The Third Forum, announced for 6-8/10/2021 (day/month), is postponed',
  '> to 1-3/2/2022 (day/month).',
  '>',
  '> > Why: the host hall closes for',
  '> > repairs in October.',
].join('\n');

describe('a mail kept as a plain-text page', () => {
  const page = loadText('thread.txt', THREAD);

  it('is titled by its subject, without the marks of a reply, a forward or a list', () => {
    expect(page.title).toBe('Third Forum postponed: new dates 1-3/2/2022');
  });

  it('loses its quoting marks, and keeps each line where it was', () => {
    expect(page.body).not.toMatch(/^>/m);
    expect(page.body.split('\n')).toHaveLength(THREAD.split('\n').length);
    expect(page.body).toContain('Why: the host hall closes for\nrepairs in October.');
  });

  it('is dated by the dates it gives the meeting, not by the day it was sent', () => {
    expect(detectMeeting(page.body, { title: page.title })).toMatchObject({ start: '2022-02-01', end: '2022-02-03' });
  });

  it.each(['mail', 'email', 'message'])('is a page that a question about the "%s" of the secretariat names', (word) => {
    const { titleTerms } = pageUnits(page);
    expect(contentTokens(word).every((t) => titleTerms.has(t))).toBe(true);
  });

  it('makes no other page a mail', () => {
    expect(pageUnits(loadText('notes.txt', 'Notes of the Bureau\n\nThe Bureau met.')).titleTerms.has('email')).toBe(
      false,
    );
  });

  it('keeps a page with a line or two that open with ">" as it is', () => {
    const text = 'Results\n\n> 50 participants came.\nThe rest stayed home.';
    expect(loadText('results.txt', text).body).toContain('> 50 participants came.');
  });

  it('is read as a mail with the other fields mail programs add to the header', () => {
    const mail = loadText(
      'moved.txt',
      [
        'From: Secretariat <secretariat@example.org>',
        'Date: Tue, 6 Aug 2024 15:12:08 +0200',
        'Subject: Third Forum moves to Porto',
        'Message-ID: <20240806.moved@example.org>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Dear all,',
        '',
        '- The dates: 9 to 11 October 2024.',
        '- The hours: 09:30-12:30 each day.',
      ].join('\n'),
    );
    expect(mail.title).toBe('Third Forum moves to Porto');
    // The day it was sent heads nothing below it: the list is no programme of 6 August.
    const units = readingUnits(mail);
    expect(units.map((u) => u.frame.day)).toEqual(units.map(() => undefined));
    // Each field the writer set is a line of its own that heads nothing; the program's own fields are not quoted.
    expect(units.find((u) => u.text.startsWith('Subject:'))).toMatchObject({ context: [], line: 3 });
    expect(units.find((u) => u.text.startsWith('Dear'))?.context).toEqual([]);
    expect(units.some((u) => /Message-ID|Content-Type/.test(u.text))).toBe(false);
  });

  it('is read as a mail only when its opening lines are all header fields', () => {
    const notice = loadText('notice.txt', 'Date: 4 May 2027\nVenue: Pilot House\n\nThe seminar opens at 9.00.');
    expect(notice.title).toBe('Date: 4 May 2027');
    expect(detectMeeting(notice.body)).toMatchObject({ start: '2027-05-04' });
  });
});

describe('numeric days that share their month and year', () => {
  it.each([
    ['1-3/2/2022 (day/month)', '2022-02-01', '2022-02-03'],
    ['Meeting days: 10–12.05.2016', '2016-05-10', '2016-05-12'],
    ['held 6-8/10/2021', '2021-10-06', '2021-10-08'],
  ])('reads %j as a range of days', (text, start, end) => {
    expect(detectMeeting(text)).toMatchObject({ start, end });
  });

  it('leaves them unread where the page writes the month first', () => {
    expect(detectMeeting('Dates (month/day/year): 1-3/2/2022').start).toBeUndefined();
  });
});
