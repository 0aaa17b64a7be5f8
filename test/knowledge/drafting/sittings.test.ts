import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/knowledge/corpus.js';
import { readAgenda } from '../../../src/knowledge/drafting/agenda.js';
import { readPlaces } from '../../../src/knowledge/drafting/page-fields.js';
import { peopleOfEntry } from '../../../src/knowledge/drafting/people.js';
import { loadHtml } from '../../../src/knowledge/loaders/html.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';
import { type ExportedRecord, exportRecords } from '../../../src/knowledge/record-export.js';
import { buildSchedule } from '../../../src/knowledge/schedule.js';
import { calendar, vevent } from '../../helpers/ics.js';
import { useTempDirs } from '../../helpers/temp-dirs.js';

/**
 * A fictional committee on seed banks whose numbered sessions are held in sittings it calls "meetings" ("1st meeting"):
 * a timetable table with a day in every row and several items in one cell, and a calendar with one event per sitting.
 */
const tempDir = useTempDirs('rapporteur-sittings');

const TIMETABLE = `<html><head><title>CSB.4 – Timetable</title></head><body><main>
<h1>Fourth session of the Committee on Seed Banks: timetable of meetings</h1>
<p>Kisumu, 2–4 June 2025</p>
<table>
<tr><th>Day</th><th>Time</th><th>Meeting</th><th>Agenda items</th></tr>
<tr><td>Monday 2 June</td><td>10:00–13:00</td><td>1st meeting</td>
<td>Opening by Ms. Ana Lima, Chair (Brazil)<br>1. Adoption of the agenda (CSB/4/1)<br>2. Election of officers</td></tr>
<tr><td>Monday 2 June</td><td>15:00–18:00</td><td>2nd meeting</td>
<td>3. Seed viability testing (Mr. Kofi Mensah, Ghana) – CSB/4/2</td></tr>
<tr><td>Tuesday 3 June</td><td>15:00–17:00</td><td>–</td><td>Visit to the national gene bank</td></tr>
<tr><td>Wednesday 4 June</td><td>10:00–12:00</td><td>3rd meeting</td><td>4. Adoption of the report<br>Closing of the session</td></tr>
</table>
</main></body></html>`;

describe('a timetable table whose rows give their own day and list several items in one cell', () => {
  it('makes each row a session on its day, named by its meeting cell, holding each numbered entry as an item', async () => {
    const doc = await loadHtml('timetable.html', TIMETABLE);
    const { sessions } = readAgenda(readingUnits(doc), 'timetable.html', 2025);
    expect(sessions.map((s) => [s.start, s.end, s.title])).toEqual([
      ['2025-06-02T10:00', '2025-06-02T13:00', '1st meeting'],
      ['2025-06-02T15:00', '2025-06-02T18:00', '2nd meeting'],
      ['2025-06-03T15:00', '2025-06-03T17:00', 'Visit to the national gene bank'],
      ['2025-06-04T10:00', '2025-06-04T12:00', '3rd meeting'],
    ]);
    expect(
      sessions.map((s) => s.items.map((i) => [i.number, i.title.split(' (')[0], i.speakers.map((p) => p.name)])),
    ).toEqual([
      [
        ['1', 'Adoption of the agenda', ['Ana Lima']],
        ['2', 'Election of officers', []],
      ],
      [['3', 'Seed viability testing', ['Kofi Mensah']]],
      [],
      [['4', 'Adoption of the report', []]],
    ]);
    // What the cell prints after the last item is that item's note, not an item of its own.
    expect(sessions[3]?.items[0]?.notes).toBe('Closing of the session');
  });

  it('makes a person the cell prints after its last item that item’s speaker', async () => {
    const doc = await loadHtml(
      'programme.html',
      `<html><body><main><h1>Fourth session</h1><h2>Monday, 2 June 2025</h2><table>
<tr><th>Time</th><th>Item</th></tr>
<tr><td>10:00–12:00</td><td>I. Opening of the session<br><em>Ms. Ana Lima, Chair (Brazil)</em></td></tr>
<tr><td>14:00–16:00</td><td>II. Adoption of the agenda<br>III. Seed viability testing<br>Mr. Kofi Mensah, Seed Board</td></tr>
</table></main></body></html>`,
    );
    const { sessions } = readAgenda(readingUnits(doc), 'programme.html', 2025);
    expect(sessions.map((s) => s.items.map((i) => [i.number, i.title, i.speakers.map((p) => p.name)]))).toEqual([
      [['I', 'Opening of the session', ['Ana Lima']]],
      [
        ['II', 'Adoption of the agenda', []],
        ['III', 'Seed viability testing', ['Kofi Mensah']],
      ],
    ]);
  });

  it('makes a row spanning the table with a time range the session of the timed rows under it', async () => {
    const doc = await loadHtml(
      'programme.html',
      `<html><body><main><h1>Fourth session</h1><h2>Monday, 2 June 2025</h2><table>
<tr><th>Time</th><th>Item</th><th>Speaker</th></tr>
<tr><th colspan="3">Sitting I · 09:00–12:00</th></tr>
<tr><td>09:00</td><td>Opening of the session</td><td>Ms. Ana Lima, Chair (Brazil)</td></tr>
<tr><td>09:30</td><td>1. Adoption of the agenda</td><td>Ms. Ana Lima</td></tr>
<tr><td>10:30</td><td colspan="2">Coffee</td></tr>
<tr><td>11:00</td><td>2. Seed viability testing</td><td>Mr. Kofi Mensah, Ghana</td></tr>
<tr><th colspan="3">(14:00–16:00) Sitting II</th></tr>
<tr><td>14:00</td><td>3. Election of officers</td><td></td></tr>
<tr><td>18:00</td><td>Reception at the gene bank</td><td></td></tr>
</table></main></body></html>`,
    );
    const { sessions } = readAgenda(readingUnits(doc), 'programme.html', 2025);
    expect(sessions.map((s) => [s.start, s.end, s.title, s.items.map((i) => i.title)])).toEqual([
      [
        '2025-06-02T09:00',
        '2025-06-02T12:00',
        'Sitting I',
        ['Opening of the session', 'Adoption of the agenda', 'Seed viability testing'],
      ],
      ['2025-06-02T14:00', '2025-06-02T16:00', 'Sitting II', ['Election of officers']],
      ['2025-06-02T18:00', undefined, 'Reception at the gene bank', []],
    ]);
  });

  it('takes no day from a cell whose symbol reads like a numeric date', async () => {
    const doc = await loadHtml(
      'programme.html',
      `<html><body><main><h1>Fourth session</h1><h2>Monday, 2 June 2025</h2><table>
<tr><th>Time</th><th>Item</th><th>Documents</th></tr>
<tr><td>10:30–11:00</td><td>Item 2. Election of officers</td><td>CSB/4.3/1</td></tr></table></main></body></html>`,
    );
    const { sessions } = readAgenda(readingUnits(doc), 'programme.html', 2025);
    expect(sessions.map((s) => s.start)).toEqual(['2025-06-02T10:30']);
  });
});

describe('a timetable from a PDF whose columns are runs of spaces', () => {
  const body = [
    'III. Provisional timetable',
    '',
    ' Monday, 2 June 2025',
    '       1st meeting      9.30 a.m.–12.30 p.m.      Items 1, 2 and 3',
    '       2nd meeting      2.30–5.30 p.m.            Item 4',
    ' Tuesday, 3 June 2025',
    '       3rd meeting      10 a.m.–1 p.m.            Items 5 and 6',
    '',
    '09.30 – 10.00      Registration of participants      Lobby',
  ].join('\n');

  it('reads a line with a time after its first column as a row, and each row as a session named by that column', () => {
    const { sessions } = readAgenda(readingUnits({ body }), 'agenda.txt', 2025);
    expect(sessions.map((s) => [s.start, s.end, s.title])).toEqual([
      ['2025-06-02T09:30', '2025-06-02T12:30', '1st meeting'],
      ['2025-06-02T14:30', '2025-06-02T17:30', '2nd meeting'],
      ['2025-06-03T10:00', '2025-06-03T13:00', '3rd meeting'],
    ]);
  });

  it('leaves a line that opens with its time as a timed line', () => {
    const units = readingUnits({ body });
    const timed = units.find((u) => u.text.startsWith('09.30'));
    expect(timed?.kind).not.toBe('row');
    expect(timed?.frame.time).toBe(timed?.text);
  });
});

const PAGE = `# Fourth session of the Committee on Seed Banks

- Dates: 2–4 June 2025
- Venue: Lake Victoria Conference Hall, Room 3, Kisumu, Kenya
- Chair: Ms. Ana Lima (Brazil)
`;

const CALENDAR = calendar('CSB.4 meetings', [
  vevent(
    'csb4-m1@example.org',
    'CSB.4 – 1st meeting',
    '20250602T100000',
    '20250602T130000',
    [
      'DESCRIPTION:Opening of the session by Ana Lima (Chair\\, Brazil).\\nItem 1. Adoption of the agenda\\nItem 2. Election of officers',
    ],
    'Africa/Nairobi',
  ),
  vevent(
    'csb4-m2@example.org',
    'CSB.4 – 2nd meeting',
    '20250602T150000',
    '20250602T180000',
    ['DESCRIPTION:Item 3. Seed viability testing – presented by Kofi Mensah (Ghana)'],
    'Africa/Nairobi',
  ),
  vevent(
    'csb4-visit@example.org',
    'CSB.4 – Visit to the national gene bank',
    '20250603T090000',
    '20250603T120000',
    ['DESCRIPTION:Led by Wanjiru Odhiambo\\, Curator\\, KGB. Bus from the hall at 8:45.'],
    'Africa/Nairobi',
  ),
  vevent('csb4-dinner@example.org', 'CSB.4 – Dinner', '20250603T190000', '20250603T220000', [], 'Africa/Nairobi'),
]);

describe('a calendar whose events are the sittings of a session the pages describe', () => {
  let record: ExportedRecord;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir('calendar');
    mkdirSync(path.join(dir, 'csb4'), { recursive: true });
    writeFileSync(path.join(dir, 'csb4', 'session.md'), PAGE);
    writeFileSync(path.join(dir, 'csb4', 'meetings.ics'), CALENDAR);
    const exported = exportRecords((await loadCorpus(dir)).documents);
    record = exported.records.find((r) => r.number === 4) as ExportedRecord;
  });

  it('puts every event in the session held on its day, though its title numbers a sitting', async () => {
    const schedule = buildSchedule((await loadCorpus(dir)).documents);
    expect(schedule.meetings.map((m) => m.number)).toEqual([4]);
    expect(schedule.meetings[0]?.sessions.map((s) => s.title)).toEqual([
      '1st meeting',
      '2nd meeting',
      'Visit to the national gene bank',
      'Dinner',
    ]);
  });

  it('drafts the events as the record’s sessions, at their local times, with the items their descriptions list', () => {
    expect(record.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ['1st meeting', '2025-06-02T10:00', '2025-06-02T13:00'],
      ['2nd meeting', '2025-06-02T15:00', '2025-06-02T18:00'],
      ['Visit to the national gene bank', '2025-06-03T09:00', '2025-06-03T12:00'],
      ['Dinner', '2025-06-03T19:00', '2025-06-03T22:00'],
    ]);
    expect(record.sessions.map((s) => s.items.map((i) => i.title.split(' –')[0]))).toEqual([
      ['Adoption of the agenda', 'Election of officers'],
      ['Seed viability testing'],
      // An event that numbers no item but names who leads it is an item of its own, titled as the event.
      ['Visit to the national gene bank'],
      [],
    ]);
    expect(record.sessions[2]?.items[0]?.speakers).toEqual([{ name: 'Wanjiru Odhiambo', role: 'Curator, KGB' }]);
    expect(record.sessions[1]?.items[0]?.speakers.map((p) => p.name)).toEqual(['Kofi Mensah']);
    expect(record.sources).toContain('csb4/meetings.ics');
  });

  it('reads who opened the session from "Opening of the session by …", a name no honorific marks', () => {
    expect(record.opened_by?.name).toBe('Ana Lima');
  });

  it('reads the city before the country of the venue’s address, with its zone, and the venue without them', () => {
    expect(record).toMatchObject({
      city: 'Kisumu',
      timezone: 'Africa/Nairobi',
      venue: 'Lake Victoria Conference Hall',
      room: 'Room 3',
    });
  });
});

describe('the city of a venue given as an address', () => {
  const placesOf = (line: string) => readPlaces(readingUnits({ body: `# Fourth session\n\n- ${line}` }), 'p.md', 4);

  it.each([
    ['Venue: Fjord House, Hall B, Trondheim, Norway', 'Trondheim', 'Europe/Oslo'],
    ['Venue: Lake Victoria Conference Hall, Kisumu, Kenya', 'Kisumu', 'Africa/Nairobi'],
    ['Venue: Old Customs House, Arusha, Tanzania', 'Arusha', 'Africa/Dar_es_Salaam'],
  ])('reads %j', (line, city, zone) => {
    expect(placesOf(line)).toMatchObject({ city: { value: city }, zone });
  });

  it('takes no city from an address that ends in no country', () => {
    expect(placesOf('Venue: Fjord House, Hall B, Trondheim').city).toBeUndefined();
  });
});

describe('a role in brackets inside the brackets around a person', () => {
  it.each([
    ['Opening by Ms. Ana Lima, Chair (Brazil)', 'Chair (Brazil)'],
    ['Item 3 (presented by Kofi Mensah, Director (Seed Unit))', 'Director (Seed Unit)'],
    ['Remarks (by Ms. Ana Lima, Vice-Chair (CSB))', 'Vice-Chair (CSB)'],
  ])('keeps the inner bracket closed: %j', (text, role) => {
    expect(peopleOfEntry(text)[0]?.role).toBe(role);
  });
});
