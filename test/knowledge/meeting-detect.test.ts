import { describe, expect, it } from 'vitest';
import { detectMeeting, meetingNoun } from '../../src/knowledge/meeting-detect.js';

const numberAndNoun = (text: string) => {
  const { number, noun } = detectMeeting(text);
  return { number, noun };
};

describe('detectMeeting: which numbered event a page is about, in any series', () => {
  it('reads an ordinal before the event noun, with title words or qualifiers in between', () => {
    expect(numberAndNoun('Tenth Coordination Meeting on International Migration')).toEqual({
      number: 10,
      noun: 'meeting',
    });
    expect(numberAndNoun('Third Regional Workshop on Basin Water Accounts')).toEqual({ number: 3, noun: 'workshop' });
    expect(numberAndNoun('Report of the 5th Expert Group Meeting')).toEqual({ number: 5, noun: 'meeting' });
    expect(numberAndNoun('the fifth expert group meeting opened on Monday')).toEqual({ number: 5, noun: 'meeting' });
    expect(numberAndNoun('Fourth Session of the Committee on Statistics')).toEqual({ number: 4, noun: 'session' });
    expect(numberAndNoun('The Twenty-first Symposium on Hydrology')).toEqual({ number: 21, noun: 'symposium' });
  });

  it('reads "No. 4" and a number after a capitalised noun', () => {
    expect(numberAndNoun('Seminar No. 4: Household surveys')).toEqual({ number: 4, noun: 'seminar' });
    expect(numberAndNoun('Programme of Workshop 3, Lima')).toEqual({ number: 3, noun: 'workshop' });
    expect(numberAndNoun('Round Table No. twelve on data')).toEqual({ number: 12, noun: 'round table' });
    expect(numberAndNoun('Conference #7 of the network')).toEqual({ number: 7, noun: 'conference' });
  });

  it('names the event an edition is of, and the head of a compound name', () => {
    expect(numberAndNoun('Welcome to the 2nd edition of the Water Data Workshop')).toEqual({
      number: 2,
      noun: 'workshop',
    });
    expect(numberAndNoun('the 3rd edition of the regional forum')).toEqual({ number: 3, noun: 'forum' });
    expect(numberAndNoun('The 6th edition opens soon')).toEqual({ number: 6, noun: 'edition' });
    expect(numberAndNoun('Third Regional Training Workshop')).toEqual({ number: 3, noun: 'workshop' });
  });

  it('takes the first numbered event, as the title and opening name the page’s own', () => {
    expect(numberAndNoun('Second Workshop on Water. It followed the first workshop, held in 2017.')).toEqual({
      number: 2,
      noun: 'workshop',
    });
  });

  it('does not take a clause, a count, a programme part or a phrase for an event number', () => {
    expect(detectMeeting('the first time that the meeting took place').number).toBeUndefined();
    expect(detectMeeting('At the workshop 30 people spoke.').number).toBeUndefined();
    expect(detectMeeting('Session 2: Opening statements').number).toBeUndefined();
    expect(detectMeeting('Meeting one of the goals was hard. Workshop 3/4 full.').number).toBeUndefined();
    expect(detectMeeting('Meeting 2019 summary').number).toBeUndefined();
  });

  it.each([
    'The 1st to 7th Meetings (2005–2017) are documented in print only.',
    'Reports of the 3rd and 4th workshops are in the archive.',
    'The 2nd to 5th Assemblies met in Europe.',
  ])('takes no meeting of its own from a plural that names several: %j', (text) => {
    expect(detectMeeting(text).number).toBeUndefined();
  });
});

describe('detectMeeting: the dates a page gives for its event', () => {
  const dates = (text: string, hints?: { path?: string; title?: string }) => {
    const { start, end } = detectMeeting(text, hints);
    return { start, end };
  };

  it('reads day-first ranges, with "from … to", dashes and weekdays', () => {
    expect(dates('Held from 3 to 5 June 2021 in Santiago.')).toEqual({ start: '2021-06-03', end: '2021-06-05' });
    expect(dates('Bangkok, 9–11 April 2019')).toEqual({ start: '2019-04-09', end: '2019-04-11' });
    expect(dates('Halifax · 19–21 Sept 2023')).toEqual({ start: '2023-09-19', end: '2023-09-21' });
    // A headline's days without a year take it from the same days stated further on.
    expect(dates('SEVENTH SEMINAR ON HARBOUR SAFETY, 8 AND 9 OCTOBER\n\nDelegates meet on 8-9 October 2026.')).toEqual({
      start: '2026-10-08',
      end: '2026-10-09',
    });
    expect(detectMeeting('SEVENTH SEMINAR, 8 AND 9 OCTOBER\n\nThe board met on 3-4 May 2026.')).toMatchObject({
      days: { start: '10-08', end: '10-09' },
    });
    expect(dates('16 November 2009 to 17 November 2009')).toEqual({ start: '2009-11-16', end: '2009-11-17' });
    expect(dates('on Thursday, 15 February and Friday, 16 February 2018')).toEqual({
      start: '2018-02-15',
      end: '2018-02-16',
    });
    expect(dates('30 December to 2 January 2021')).toEqual({ start: '2020-12-30', end: '2021-01-02' });
  });

  it('reads month-first ranges', () => {
    expect(dates('Vancouver, April 9-11, 2019')).toEqual({ start: '2019-04-09', end: '2019-04-11' });
    expect(dates('September 12–14, 2017')).toEqual({ start: '2017-09-12', end: '2017-09-14' });
    expect(dates('November 30 – December 1, 2006')).toEqual({ start: '2006-11-30', end: '2006-12-01' });
  });

  it('reads numeric ranges in the order the page states, or the only order they can have', () => {
    expect(dates('Held 2022-03-07 to 2022-03-09.')).toEqual({ start: '2022-03-07', end: '2022-03-09' });
    expect(dates('Oslo, 07.03.2022 – 09.03.2022')).toEqual({ start: '2022-03-07', end: '2022-03-09' });
    expect(dates('Dates are day/month/year. Oslo, 07/03/2022 - 09/03/2022')).toEqual({
      start: '2022-03-07',
      end: '2022-03-09',
    });
    expect(dates('All dates mm/dd/yyyy. Oslo, 03/07/2022 - 03/09/2022')).toEqual({
      start: '2022-03-07',
      end: '2022-03-09',
    });
    expect(dates('Oslo, 27/03/2022 - 29/03/2022')).toEqual({ start: '2022-03-27', end: '2022-03-29' });
  });

  it('leaves a slashed range unread when nothing tells day from month', () => {
    expect(dates('Oslo, 07/03/2022 - 09/03/2022')).toEqual({ start: undefined, end: undefined });
  });

  it('reads a single day as a one-day event when the opening gives no range', () => {
    expect(dates('Seminar No. 4 — Monday, 14 November 2022, Geneva')).toEqual({
      start: '2022-11-14',
      end: '2022-11-14',
    });
    expect(dates('Workshop 3 took place on 9 April 2019 in Lima.')).toEqual({ start: '2019-04-09', end: '2019-04-09' });
    expect(dates('The forum met on April 9, 2019.')).toEqual({ start: '2019-04-09', end: '2019-04-09' });
    expect(dates('Posted 1 March 2019. The seminar was held 9-10 April 2019.')).toEqual({
      start: '2019-04-09',
      end: '2019-04-10',
    });
  });

  it('does not take the date of the page or of a document for the event', () => {
    expect(dates('Published 2 March 2021. The next session will open on 9 April 2021.')).toEqual({
      start: '2021-04-09',
      end: '2021-04-09',
    });
    expect(dates('Under resolution 58/208 of 23 December 2003.')).toEqual({ start: undefined, end: undefined });
    expect(dates('Last updated: 5 May 2020')).toEqual({ start: undefined, end: undefined });
  });

  it('takes a missing year only from the title or file name, never from the clock', () => {
    expect(detectMeeting('It took place from 9 to 10 February.', { path: 'news/2012/item.txt' })).toMatchObject({
      start: '2012-02-09',
      end: '2012-02-10',
      yearInferred: true,
    });
    expect(dates('It took place from 9 to 10 February.')).toEqual({ start: undefined, end: undefined });
    // A later range with a year must not stand in for the page's own, yearless one.
    expect(dates('Held 9 to 10 February. The previous one was held 3-4 March 2011.')).toEqual({
      start: undefined,
      end: undefined,
    });
  });

  it('rejects impossible dates and reversed ranges', () => {
    expect(dates('30-31 February 2019')).toEqual({ start: undefined, end: undefined });
    expect(dates('12-10 May 2019')).toEqual({ start: undefined, end: undefined });
  });
});

describe('detectMeeting with the series noun known', () => {
  it("takes the series' own meeting over another kind of event named first, without that event's dates", () => {
    const text =
      'Towards the Second Summit on Ports\n\nThe summit meets on 3-4 October 2027. The Fifth Seminar on Harbour Safety prepares it.';
    expect(detectMeeting(text)).toMatchObject({ number: 2, noun: 'summit', start: '2027-10-03' });
    expect(detectMeeting(text, { noun: 'seminar' })).toEqual({ number: 5, noun: 'seminar' });
    expect(detectMeeting('Fifth Seminar on Harbour Safety, 3-4 May 2027', { noun: 'seminar' })).toMatchObject({
      number: 5,
      start: '2027-05-03',
    });
  });
});

describe('meetingNoun', () => {
  it('finds the event noun of a title, lower-case and singular', () => {
    expect(meetingNoun('Second Coordination Meeting on International Migration')).toBe('meeting');
    expect(meetingNoun('Third Regional Workshop on Basin Water Accounts')).toBe('workshop');
    expect(meetingNoun('Training Workshop on Water Accounts')).toBe('workshop');
    expect(meetingNoun('2nd edition of the Water Data Workshop')).toBe('workshop');
    expect(meetingNoun('Regional Fora on Statistics')).toBe('forum');
    expect(meetingNoun('Meeting of the Working Group on Conference Services')).toBe('meeting');
  });

  it('finds none in a title that names no event', () => {
    expect(meetingNoun('Annual report 2019')).toBeUndefined();
    expect(meetingNoun('List of participants')).toBeUndefined();
  });
});

describe('detectMeeting: a page about the series as a whole', () => {
  // What the corpus taught the series calls its meetings.
  const nouns = ['moot', 'assembly'];
  const SERIES_PAGE = `# The Moots of the Fellowship

Every two years the members meet at a Moot, hosted by one of them. The 1st Moot (Ghent, 2013) and the 2nd Moot (Gothenburg, 2016) are recorded only in print.

## 5th Moot — Toronto, Canada
19–21 September 2023 · Host: Lakeshore Light Rail

## 4th Moot — Kraków, Poland
7–9 June 2022 · Host: KTM

## 3rd Moot — Porto, Portugal
24–26 September 2019 · Host: EPN`;

  it('gives no meeting to a page that heads a part for each of several meetings and names none in its heading', () => {
    expect(detectMeeting(SERIES_PAGE, { title: 'The Moots of the Fellowship', nouns })).toEqual({ noun: 'moot' });
    const bullets =
      '# Moot history\n\n- **3rd Moot, Porto** (24–26 September)\n- **4th Moot, Kraków** (7–9 June)\n- **5th Moot, Toronto** (19–21 September)';
    expect(detectMeeting(bullets, { title: 'Moot history', nouns }).number).toBeUndefined();
  });

  it.each([
    [
      'minutes under a letterhead',
      'FELLOWSHIP OF TRAMWAY OPERATORS\n\nSummary minutes of the 5th Moot\nToronto, 19-21 September 2023\n\n- 4th Moot decisions were confirmed.\n- 6th Moot: Edinburgh offered to host.\n- 3rd Moot report is online.',
      5,
    ],
    [
      'a report whose numbered paragraphs recall earlier meetings',
      'COMMISSION ON WATER\n\n                 CCW/2018/REP\n                 Distribution: general\n                 3 December 2018\n                 Original: English\n\nREPORT OF THE THIRD WORKSHOP\n\n1. The Third Workshop was held in Nairobi.\n2. The First Workshop asked for a handbook.\n3. The Second Workshop tested it.',
      3,
    ],
    [
      'a news item that mentions other meetings in its prose',
      '# Angers Assembly elects a new Chair\n\n*News · 17 June 2022*\n\nThe 4th Assembly met in Angers from 14 to 16 June 2022. The 3rd Assembly had been online; the 5th Assembly goes to Almaty.',
      4,
    ],
  ])('keeps the meeting of %s', (_kind, text, number) => {
    expect(detectMeeting(text, { nouns }).number).toBe(number);
  });

  it('reads no meeting number from a noun at the end of one line and a day range on the next', () => {
    expect(detectMeeting('Workshop\n2-4 March 2027').number).toBeUndefined();
    expect(detectMeeting('Workshop 2-4 March 2027').number).toBeUndefined();
    expect(detectMeeting('Programme of Workshop 3, Lima').number).toBe(3);
    expect(detectMeeting('Diary: Moot\n2-4 March 2027', { nouns }).number).toBeUndefined();
  });
});
