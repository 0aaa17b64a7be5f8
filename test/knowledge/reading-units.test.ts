import { describe, expect, it } from 'vitest';
import { readingUnits } from '../../src/knowledge/reading-units.js';
import { dayOf } from '../../src/knowledge/stated-day.js';

const unitsOf = (body: string) => readingUnits({ body });
const find = (body: string, start: string) => unitsOf(body).find((u) => u.text.startsWith(start));

describe('reading a page by its layout', () => {
  const agenda = [
    'Programme of work',
    '',
    'Tuesday, 4 March 2025',
    '10:00 – 13:00',
    'Morning sitting',
    '',
    '1. Opening of the seminar',
    '   • Ana Ruiz, Head, Statistics Office',
    '2. Adoption of the agenda',
    '',
    '15.00 hrs',
    'Afternoon sitting',
    '',
    '3. Review of the draft guidelines on water accounts prepared by the working group and',
    'circulated to members',
  ].join('\n');

  it('reads an agenda item with the day, time range and sitting it sits under', () => {
    const opening = find(agenda, '1. Opening');
    expect(opening?.kind).toBe('item');
    expect(opening?.context).toEqual([
      'Tuesday, 4 March 2025',
      '10:00 – 13:00',
      'Morning sitting',
      'Programme of work',
    ]);
  });

  it('keeps the lines under an item with it', () => {
    expect(find(agenda, '1. Opening')?.text).toBe('1. Opening of the seminar · Ana Ruiz, Head, Statistics Office');
  });

  it('moves on to a new time range and label, and joins a wrapped item title', () => {
    const review = find(agenda, '3. Review');
    expect(review?.context.slice(0, 3)).toEqual(['Tuesday, 4 March 2025', '15.00 hrs', 'Afternoon sitting']);
    expect(review?.text).toMatch(/working group and circulated to members$/);
  });

  it.each([
    ['(a) Opening of the session', '(a)'],
    ['Item III. Opening of the workshop', 'Item III.'],
    ['IV) Closing remarks', 'IV)'],
  ])('reads "%s" as a numbered item', (line, start) => {
    const unit = find(`Monday, 3 June 2024\n${line}`, start);
    expect(unit?.kind).toBe('item');
    expect(unit?.context[0]).toBe('Monday, 3 June 2024');
  });

  it('reads each field line of a block as a unit of its own, and a lower-case line as its continuation', () => {
    const block = [
      'Venue: Casa do Infante, Rua da Alfândega 10, Porto — Sala Douro',
      'Host: Porto Harbour Office, with the kind support of the',
      'city council of Porto',
      'All times are Porto local time (WEST, UTC+1). Talks are in English.',
    ].join('\n');
    expect(readingUnits({ body: block }).map((u) => u.text)).toEqual([
      'Venue: Casa do Infante, Rua da Alfândega 10, Porto — Sala Douro',
      'Host: Porto Harbour Office, with the kind support of the city council of Porto',
      'All times are Porto local time (WEST, UTC+1).',
      'Talks are in English.',
    ]);
  });

  it("goes on with a field's long value wrapped onto a line that opens with a capital, up to the next field", () => {
    const body = [
      'Opening: the Round was opened on Tuesday 10 May 2016 by Prof. Wanjiru',
      'KAMAU-OTIENO, Director of the host institute.',
      'Officers: Chair - Dr Dagný SIGURÐARDÓTTIR (Iceland); Rapporteur - Dr Élodie',
      'MARCHETTI-ROUX (France).',
      'Venue: Kifaru Hall, East African Bee Research Institute, Nairobi, Kenya',
      'Host: EABRI',
    ].join('\n');
    expect(readingUnits({ body }).map((u) => u.text)).toEqual([
      'Opening: the Round was opened on Tuesday 10 May 2016 by Prof. Wanjiru KAMAU-OTIENO, Director of the host institute.',
      'Officers: Chair - Dr Dagný SIGURÐARDÓTTIR (Iceland); Rapporteur - Dr Élodie MARCHETTI-ROUX (France).',
      'Venue: Kifaru Hall, East African Bee Research Institute, Nairobi, Kenya',
      'Host: EABRI',
    ]);
  });

  it('goes on with a hard-wrapped sentence even where the next line would read as a heading', () => {
    const body = [
      'The seminar meets at the Baltic Hall of the harbour office, and all times are given in',
      'Eastern European Time (EET)',
      '',
      'Programme',
    ].join('\n');
    expect(readingUnits({ body }).map((u) => u.text)).toEqual([
      'The seminar meets at the Baltic Hall of the harbour office, and all times are given in Eastern European Time (EET)',
      'Programme',
    ]);
  });

  it.each([
    ['TUESDAY 12.09.2023', '2023-09-12'],
    ['Monday 02.10.2023, 09.00', '2023-10-02'],
    ['Day 2 · 13.09.23', '2023-09-13'],
  ])('reads the dotted date in %j day first', (heading, day) => {
    expect(dayOf(heading, 2023)).toBe(day);
  });

  it("reads an item whose number stands alone above its title, as a card's number box prints it", () => {
    const body = [
      '10 h – 13 h',
      '',
      'II',
      '',
      'Pilotage in heavy weather',
      '',
      'Anna Nowak, Gdynia Port Authority',
      '',
      '3',
      '',
      'Page footer',
    ].join('\n');
    expect(find(body, 'II.')).toMatchObject({ kind: 'item', number: 'II', line: 3 });
    expect(find(body, 'II.')?.text).toContain('Pilotage in heavy weather · Anna Nowak');
    // A bare Arabic number on a line of its own is more often a page's number than an item's.
    expect(find(body, '3.')).toBeUndefined();
  });

  it('reads a heading that says "now" as a section heading, not as a time', () => {
    const body = [
      '## Venue',
      '',
      'Presiding: the Convenor',
      '',
      '## Why Lyon, why now',
      '',
      'The new tram depot opens in May.',
    ].join('\n');
    const units = unitsOf(body);
    expect(units.find((u) => u.text.startsWith('The new tram depot'))?.context).toEqual(['Why Lyon, why now']);
  });

  it('does not end a sentence at a short abbreviation before a number or a code ("Res. C5.2", "Doc. 3")', () => {
    const body =
      'The Sixth Colloquium meets in Kathmandu, as decided in Winnipeg (Res. C5.2). Papers follow Doc. 3 and Rev. 1 of it. It opens in Rome. 20 people come.';
    expect(unitsOf(body).map((u) => u.text)).toEqual([
      'The Sixth Colloquium meets in Kathmandu, as decided in Winnipeg (Res. C5.2).',
      'Papers follow Doc. 3 and Rev. 1 of it.',
      'It opens in Rome.',
      '20 people come.',
    ]);
  });

  it('reads "16 November 2009 to 17 November 2009" as a dates line, not a numbered item', () => {
    const unit = find('Eighth gathering\n\n16 November 2009 to 17 November 2009', '16 November');
    expect(unit?.kind).toBe('label');
  });

  it('reads a line that opens with a time range as an item in that time, numbered as it says', () => {
    const page = ['Monday 15 May', '- 14.00 – 15.30 Session 4. Reef mapping with satellites and drones'].join('\n');
    const entry = find(page, '14.00');
    expect(entry).toMatchObject({
      kind: 'item',
      number: '4',
      frame: { day: 'Monday 15 May', time: '14.00 – 15.30 Session 4. Reef mapping with satellites and drones' },
    });
  });

  it('reads a table row with its column labels', () => {
    const table = ['| Time | Item | Speaker |', '| 09:30 – 10:00 | Opening | Dr. Kim Lee |'].join('\n');
    const [row] = unitsOf(table);
    expect(row?.kind).toBe('row');
    expect(row?.text).toBe('Time: 09:30 – 10:00; Item: Opening; Speaker: Dr. Kim Lee');
  });

  it('joins a number cell flattened onto its own line with the title cell below it', () => {
    const flattened = ['Monday, 3 May 2021', '09.30 – 12.00', 'Item 2.', '', 'Review of the port statistics'].join(
      '\n',
    );
    const item = find(flattened, 'Item 2.');
    expect(item).toMatchObject({ kind: 'item', number: '2', text: 'Item 2. Review of the port statistics', line: 3 });
    expect(item?.frame).toMatchObject({ day: 'Monday, 3 May 2021', time: '09.30 – 12.00' });
  });

  it('leaves a number standing alone when a time, not a title, follows it', () => {
    const units = unitsOf(['IV.', '14.00 – 16.00', 'V. Closing'].join('\n'));
    expect(units.map((u) => u.text)).toEqual(['IV.', '14.00 – 16.00', 'V. Closing']);
    expect(units.at(-1)?.frame.time).toBe('14.00 – 16.00');
  });

  it('keeps an empty cell in its column, and numbers a row by a first cell that is only a numeral', () => {
    const table = [
      '| No. | Time | Item |',
      '|  | 10:30 – 11:00 | Coffee |',
      '| 4 | 11:00 – 12:30 | Ice reports |',
    ].join('\n');
    const [coffee, item] = unitsOf(table);
    expect(coffee?.text).toBe('Time: 10:30 – 11:00; Item: Coffee');
    expect(coffee?.number).toBeUndefined();
    expect(item?.number).toBe('4');
  });

  it('splits prose into sentences under their heading, with Markdown emphasis read as words', () => {
    const units = unitsOf('## Overview\n\nThe **third workshop** met in Lima. It was opened by Mr. Paz.');
    expect(units.filter((u) => u.kind === 'sentence').map((u) => u.text)).toEqual([
      'The third workshop met in Lima.',
      'It was opened by Mr. Paz.',
    ]);
    expect(units.at(-1)?.context).toEqual(['Overview']);
  });
});
