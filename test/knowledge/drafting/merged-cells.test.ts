import { describe, expect, it } from 'vitest';
import { readAgenda } from '../../../src/knowledge/drafting/agenda.js';
import { loadHtml } from '../../../src/knowledge/loaders/html.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';
import { itemOverview } from '../../helpers/draft-overview.js';

/**
 * Programme tables of three fictional series that merge cells over rows (`rowspan`): a day over its sessions, a time
 * or a session over its items, a moderator over a morning. Each row is read with the cells merged over it.
 */
const SESSION_COLUMN = `<html><head><title>Ninth Workshop on Tidal Energy</title></head><body>
<h1>Ninth Workshop on Tidal Energy, Brest, 10–11 March 2025</h1>
<table>
<tr><th>Date</th><th>Time</th><th>Session</th><th>Agenda item</th><th>Speaker</th></tr>
<tr><td rowspan="4">Monday 10 March 2025</td><td rowspan="2">09:00–12:30</td><td rowspan="2">Session 1: Opening</td><td>1. Opening of the workshop</td><td>Marie Le Goff, Chair</td></tr>
<tr><td>2. Adoption of the agenda</td><td>Secretariat</td></tr>
<tr><td rowspan="2">14:00–17:00</td><td rowspan="2">Session 2: Turbines</td><td>3. Turbine fatigue</td><td>Dr Erwan Caradec</td></tr>
<tr><td>4. Blade coatings</td><td>Ana Sousa</td></tr>
<tr><td>Tuesday 11 March 2025</td><td>09:00–12:00</td><td>Session 3: Closing</td><td>5. Conclusions and closing</td><td>Marie Le Goff, Chair</td></tr>
</table></body></html>`;

const DAY_ROWS = `<html><head><title>Fifth Coordination Meeting on Rivers</title></head><body>
<h1>Fifth Coordination Meeting on Rivers</h1>
<p>New York, 12-13 February 2015, Conference Room 2</p>
<table>
<tr><th>Time</th><th>Item</th><th>Speakers</th></tr>
<tr><td colspan="3">Thursday, 12 February 2015</td></tr>
<tr><td rowspan="3">10:00 a.m. - 1:00 p.m.</td><td>I. Opening of the meeting</td><td>Ms. Ana Ruiz, Director, Rivers Division</td></tr>
<tr><td>II. Adoption of the agenda</td><td></td></tr>
<tr><td>III. Recent trends</td><td rowspan="2">Mr. John Park, Chief, Estimates Section</td></tr>
<tr><td>3:00 - 6:00 p.m.</td><td>IV. Data sources</td></tr>
<tr><td colspan="3">Friday, 13 February 2015</td></tr>
<tr><td>10:00 a.m. - 1:00 p.m.</td><td>V. Closing of the meeting</td><td>Ms. Ana Ruiz</td></tr>
</table></body></html>`;

const NUMBER_AND_CHAIR_COLUMNS = `<html><head><title>Sixth Coordination Meeting on Rivers</title></head><body>
<h1>Sixth Coordination Meeting on Rivers</h1>
<p>Geneva, 3-4 March 2016</p>
<h2>Thursday, 3 March 2016</h2>
<table>
<tr><th>Time</th><th>No.</th><th>Agenda item</th><th>Moderator</th><th>Presenters</th></tr>
<tr><td rowspan="2">10:00 - 11:30</td><td>1</td><td>Opening</td><td rowspan="4">Ms. Ana Ruiz</td><td>Mr. Bo Lind</td></tr>
<tr><td>2</td><td>Organization of work</td><td>Secretariat</td></tr>
<tr><td rowspan="2">11:30 - 13:00</td><td>3</td><td>Flood statistics</td><td>Ms. Kim Lee, UNEP; Mr. Tom Hart, WMO</td></tr>
<tr><td>4</td><td>Drought indicators</td><td>Ms. Eva Berg</td></tr>
</table>
</body></html>`;

const UNLABELLED = `<html><head><title>Seventh Coordination Meeting on Rivers</title></head><body>
<h1>Seventh Coordination Meeting on Rivers</h1>
<p>New York, 12-13 February 2017</p>
<h2>Thursday, 12 February 2017</h2>
<table>
<tr><td rowspan="5">10:00 a.m. – 1:00 p.m.</td><td rowspan="2">I.</td><td rowspan="2">Opening</td><td>Mr. John Wilm, Director, Rivers Division</td></tr>
<tr><td>Ms. Ana Ruiz, Deputy Director</td></tr>
<tr><td>II.</td><td>Rivers and the post-2015 agenda</td><td>Moderator: Mr. Bo Lind, UNEP</td></tr>
<tr><td>III.</td><td>Remarks</td><td>Mr. Jan Eli, Deputy Secretary-General</td></tr>
<tr><td>IV.</td><td>Integrating rivers in development</td><td>Ms. Kim Lee, WMO</td></tr>
<tr><td rowspan="2">3:00 – 6:00 p.m.</td><td>V.</td><td>Leveraging rivers for finance</td><td>Mr. Tom Hart, IMF</td></tr>
<tr><td>VI.</td><td>Measuring targets</td><td>Ms. Eva Berg, UNSD</td></tr>
</table>
</body></html>`;

async function sessionsOf(html: string, year: number) {
  const doc = await loadHtml('programme.html', html);
  return readAgenda(readingUnits(doc), 'programme.html', year).sessions.map((s) => ({
    start: s.start,
    end: s.end,
    title: s.title,
    items: s.items.map(itemOverview),
  }));
}

describe('a programme table whose cells are merged over rows', () => {
  it('reads each row under the day, time and session merged over it, and a session column as the slot’s name', async () => {
    const sessions = await sessionsOf(SESSION_COLUMN, 2025);
    expect(sessions.map((s) => [s.start, s.end, s.title, s.items.map((i) => [i.number, i.title])])).toEqual([
      [
        '2025-03-10T09:00',
        '2025-03-10T12:30',
        'Session 1: Opening',
        [
          ['1', 'Opening of the workshop'],
          ['2', 'Adoption of the agenda'],
        ],
      ],
      [
        '2025-03-10T14:00',
        '2025-03-10T17:00',
        'Session 2: Turbines',
        [
          ['3', 'Turbine fatigue'],
          ['4', 'Blade coatings'],
        ],
      ],
      ['2025-03-11T09:00', '2025-03-11T12:00', 'Session 3: Closing', [['5', 'Conclusions and closing']]],
    ]);
  });

  it('keeps an item whose speaker cell is merged over the row below, and gives that speaker to both', async () => {
    const sessions = await sessionsOf(DAY_ROWS, 2015);
    const items = sessions.flatMap((s) => s.items.map((i) => [s.start, i.number, i.speakers]));
    expect(items).toEqual([
      ['2015-02-12T10:00', 'I', ['Ana Ruiz']],
      ['2015-02-12T10:00', 'II', []],
      ['2015-02-12T10:00', 'III', ['John Park']],
      ['2015-02-12T15:00', 'IV', ['John Park']],
      ['2015-02-13T10:00', 'V', ['Ana Ruiz']],
    ]);
  });

  it('numbers items from a "No." column and makes the people of a "Moderator" column moderators', async () => {
    const sessions = await sessionsOf(NUMBER_AND_CHAIR_COLUMNS, 2016);
    expect(sessions.flatMap((s) => s.items)).toEqual([
      { number: '1', title: 'Opening', speakers: ['Bo Lind'], moderators: ['Ana Ruiz'] },
      { number: '2', title: 'Organization of work', speakers: [], moderators: ['Ana Ruiz'] },
      { number: '3', title: 'Flood statistics', speakers: ['Kim Lee', 'Tom Hart'], moderators: ['Ana Ruiz'] },
      { number: '4', title: 'Drought indicators', speakers: ['Eva Berg'], moderators: ['Ana Ruiz'] },
    ]);
  });
  it('numbers a row by the numeral after its merged time, in a table without column labels', async () => {
    const sessions = await sessionsOf(UNLABELLED, 2017);
    expect(
      sessions.map((s) => [s.start, s.items.map((i) => [i.number, i.title, [...i.speakers, ...i.moderators]])]),
    ).toEqual([
      [
        '2017-02-12T10:00',
        [
          ['I', 'Opening', ['John Wilm', 'Ana Ruiz']],
          ['II', 'Rivers and the post-2015 agenda', ['Bo Lind']],
          ['III', 'Remarks', ['Jan Eli']],
          ['IV', 'Integrating rivers in development', ['Kim Lee']],
        ],
      ],
      [
        '2017-02-12T15:00',
        [
          ['V', 'Leveraging rivers for finance', ['Tom Hart']],
          ['VI', 'Measuring targets', ['Eva Berg']],
        ],
      ],
    ]);
  });
});

describe('the HTML loader', () => {
  it('writes a cell merged over rows into each row it covers, in its column', async () => {
    const doc = await loadHtml('programme.html', SESSION_COLUMN);
    const rows = doc.body.split('\n').filter((l) => l.includes('Blade coatings') || l.includes('Adoption'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/Monday 10 March 2025 \| 09:00–12:30 \| Session 1: Opening \| 2\. Adoption of the agenda/);
    expect(rows[1]).toMatch(/Monday 10 March 2025 \| 14:00–17:00 \| Session 2: Turbines \| 4\. Blade coatings/);
  });
});
