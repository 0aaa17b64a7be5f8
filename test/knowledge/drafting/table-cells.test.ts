import { describe, expect, it } from 'vitest';
import { readAgenda } from '../../../src/knowledge/drafting/agenda.js';
import { isClockOnly } from '../../../src/knowledge/drafting/clock-times.js';
import { loadHtml } from '../../../src/knowledge/loaders/html.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';

/**
 * A fictional board of herbaria meeting in a hybrid format: its timetable gives each sitting's hours in the host's
 * time with the same hours elsewhere in brackets, and lists items by bare numbers ("1 Opening; 2 Agenda").
 */
const TIMETABLE = `<html><head><title>Second Plenary of the Herbaria Board: timetable</title></head><body><main>
<h1>Second Plenary of the Herbaria Board: timetable</h1>
<p>Tbilisi, 4–5 May 2026. All times are Tbilisi time; Central European times are given in brackets.</p>
<table>
<tr><th>Sitting</th><th>Date</th><th>Hours</th><th>Items</th><th>Notes</th></tr>
<tr><td>Sitting 1</td><td>Mon 4 May</td><td>10:00–13:00 (08:00–11:00 CEST)</td><td>1 Opening; 2 Agenda; 3 Report of the Board</td><td>2 Papers</td></tr>
<tr><td>Sitting 2</td><td>Mon 4 May</td><td>14:30–17:30 (UTC+4)</td><td>4 Digitised type specimens</td><td></td></tr>
<tr><td>Sitting 3</td><td>Tue 5 May</td><td>9.30–12.30 (local time)</td><td>5 Loans of specimens; 6 Closure</td><td></td></tr>
</table>
</main></body></html>`;

describe('a time cell that also gives the hours in another zone', () => {
  it.each([
    ['10:00–13:00 (08:00–11:00 CEST)', true],
    ['14:30–17:30 (UTC+4)', true],
    ['9.30–12.30 (local time)', true],
    ['10:00 Opening (CEST)', false],
    ['10:00–13:00 Report of the Board', false],
  ])('%j is only a time: %s', (cell, only) => {
    expect(isClockOnly(cell)).toBe(only);
  });
});

describe('a timetable whose items cell numbers its entries without dots', () => {
  it('makes each sitting a session at the host’s hours, holding its numbered items', async () => {
    const doc = await loadHtml('timetable.html', TIMETABLE);
    const { sessions } = readAgenda(readingUnits(doc), 'timetable.html', 2026);
    expect(sessions.map((s) => [s.start, s.end, s.items.map((i) => [i.number, i.title])])).toEqual([
      [
        '2026-05-04T10:00',
        '2026-05-04T13:00',
        [
          ['1', 'Opening'],
          ['2', 'Agenda'],
          ['3', 'Report of the Board'],
        ],
      ],
      ['2026-05-04T14:30', '2026-05-04T17:30', [['4', 'Digitised type specimens']]],
      [
        '2026-05-05T09:30',
        '2026-05-05T12:30',
        [
          ['5', 'Loans of specimens'],
          ['6', 'Closure'],
        ],
      ],
    ]);
  });
});

/** An annotated agenda as text taken from a PDF: its list of items, and a timetable naming them by number. */
const ANNOTATED = [
  'Herbaria Board',
  'Third Plenary',
  'Item 1 of the provisional agenda',
  'Adoption of the agenda',
  '',
  'I. Provisional agenda',
  '',
  '1.    Adoption of the agenda.',
  '2.    Loans of specimens.',
  '3.    Digitised type specimens.',
  '4.    Closure.',
  '',
  'II. Provisional timetable',
  '',
  'Monday, 1 June 2026',
  '      1st meeting      9.30 a.m.–12.30 p.m.      Items 1 and 2',
  '      2nd meeting      2.30–5.30 p.m.            Item 3',
  'Tuesday, 2 June 2026',
  '      3rd meeting      10 a.m.–1 p.m.            Items 3 (continued) and 4',
].join('\n');

describe('a timetable that names the agenda’s items by number', () => {
  it('takes up the titles of the page’s list of items, continued where it says so', () => {
    const { sessions } = readAgenda(readingUnits({ body: ANNOTATED }), 'agenda.txt', 2026);
    expect(sessions.map((s) => [s.title, s.start, s.items.map((i) => [i.number, i.title])])).toEqual([
      [
        '1st meeting',
        '2026-06-01T09:30',
        [
          ['1', 'Adoption of the agenda'],
          ['2', 'Loans of specimens'],
        ],
      ],
      ['2nd meeting', '2026-06-01T14:30', [['3', 'Digitised type specimens']]],
      [
        '3rd meeting',
        '2026-06-02T10:00',
        [
          ['3', 'Digitised type specimens (continued)'],
          ['4', 'Closure'],
        ],
      ],
    ]);
  });
});

/** A draft timetable in Markdown whose items column lists unnumbered entries, one slot per named meeting. */
const DRAFT = `# Fourth Plenary of the Herbaria Board: draft timetable

| Day | Time | Meeting | Items (provisional) |
| --- | --- | --- | --- |
| Mon 7 June | 10h00–13h00 | 1st meeting | Opening; adoption of the agenda; election of officers |
| Mon 7 June | 14h30–17h30 | 2nd meeting | Loans of specimens: final draft |
| Tue 8 June | 09h30–12h30 | – | Visit to the university herbarium |
| Tue 8 June | 14h30–16h30 | 3rd meeting | Adoption of the report; closing |
`;

describe('an items column of unnumbered entries', () => {
  it('holds an item per entry beside a named meeting, and a visit is a session with none', () => {
    const { sessions } = readAgenda(readingUnits({ body: DRAFT }), 'draft.md', 2027);
    expect(sessions.map((s) => [s.title, s.items.map((i) => i.title)])).toEqual([
      ['1st meeting', ['Opening', 'Adoption of the agenda', 'Election of officers']],
      ['2nd meeting', ['Loans of specimens: final draft']],
      ['Visit to the university herbarium', []],
      ['3rd meeting', ['Adoption of the report', 'Closing']],
    ]);
  });
});
