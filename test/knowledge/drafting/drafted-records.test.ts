import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/knowledge/corpus.js';
import { zoneOfCity } from '../../../src/knowledge/drafting/city-zones.js';
import { meetingRecordSchema } from '../../../src/knowledge/meeting-record.js';
import { type ExportedRecord, exportRecords, type RecordExport } from '../../../src/knowledge/record-export.js';
import { useTempDirs } from '../../helpers/temp-dirs.js';

/**
 * A series none of the code has seen (harbour-safety seminars with their own symbols), written as raw pages in
 * three shapes: a plain-text programme, an HTML news item and a Markdown page with an agenda table.
 */
const PROGRAMME = `Third Regional Seminar on Harbour Safety
Vlaardwijk, 4-5 March 2024

Venue: Port Authority Conference Centre
Room: Maas Hall

Programme

Monday, 4 March 2024
09:30 – 12:30
Morning sitting

1. Opening of the seminar
  • Ilse Vantongerloo, Head of Section, Harbour Safety Office
2. Election of officers

14:00 – 17:00
Afternoon sitting

3. Pilotage incidents in 2023
  Moderator: Mr. Tomasz Wrzosek, Baltic Pilots Association

Tuesday, 5 March 2024
10 a.m. – 1 p.m.

4. Closing of the seminar
  • Dr. Amara Okonkwo, Chair of the Seminar Bureau

Documents

- HSS/SEM/2024/1 Provisional agenda
- HSS/SEM/2024/INF.1 List of participants
`;

const NEWS = `<html><head><title>Harbour seminar ends | News</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<h1>Third Regional Seminar on Harbour Safety ends in Vlaardwijk</h1>
<p>The Third Regional Seminar on Harbour Safety was held from 4 to 6 March 2024 and was attended by 64 participants
from 19 ports.</p>
</body></html>`;

const REPORT = `REPORT OF THE THIRD REGIONAL SEMINAR ON HARBOUR SAFETY

HSS/SEM/2024/REP
12 April 2024

The participants reviewed the pilotage incidents of the past year.
`;

const FOURTH = `# Fourth Regional Seminar on Harbour Safety

- **City:** Lisbon, Portugal
- **Dates:** 10–11 June 2025

## Programme

### Tuesday, 10 June 2025

| Time | Item | Speaker |
| --- | --- | --- |
| 09:00–10:00 | Item 1. Opening and welcome | Ms. Lena Fischer, Chief, Data Unit |
| 10:00–10:30 | Coffee break | |
| 10:30–12:00 | Item 2. Tug escort rules | Moderator: Mr. Rui Tavares |
`;

const tempDir = useTempDirs('rapporteur-drafts');
let result: RecordExport;
const record = (n: number) => result.records.find((r) => r.number === n) as ExportedRecord;

beforeAll(async () => {
  const dir = tempDir('pages');
  mkdirSync(path.join(dir, 'news'), { recursive: true });
  writeFileSync(path.join(dir, 'third-programme.txt'), PROGRAMME);
  writeFileSync(path.join(dir, 'news', 'third-ends.html'), NEWS);
  writeFileSync(path.join(dir, 'fourth.md'), FOURTH);
  writeFileSync(path.join(dir, 'third-report.txt'), REPORT);
  result = exportRecords((await loadCorpus(dir)).documents);
});

describe('records drafted from raw pages', () => {
  it('drafts one valid record per meeting the pages speak of, merging the pages of one meeting', () => {
    expect(result.records.map((r) => r.number)).toEqual([3, 4]);
    for (const r of result.records) {
      const { sources, provenance, conflicts, ...fields } = r;
      expect(meetingRecordSchema.safeParse(fields).success).toBe(true);
    }
    expect([...record(3).sources].sort()).toEqual(['news/third-ends.html', 'third-programme.txt', 'third-report.txt']);
    expect(record(3)).toMatchObject({
      title: 'Third Regional Seminar on Harbour Safety',
      start: '2024-03-04',
      end: '2024-03-05',
      city: 'Vlaardwijk',
      venue: 'Port Authority Conference Centre',
      room: 'Maas Hall',
      participants: { count: 64 },
    });
  });

  it('reads sessions from day and time headings, with their items, speakers and moderators', () => {
    const sessions = record(3).sessions;
    expect(sessions.map((s) => [s.start, s.end])).toEqual([
      ['2024-03-04T09:30', '2024-03-04T12:30'],
      ['2024-03-04T14:00', '2024-03-04T17:00'],
      ['2024-03-05T10:00', '2024-03-05T13:00'],
    ]);
    expect(sessions[0]?.title).toBe('Morning sitting');
    expect(sessions[0]?.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Opening of the seminar'],
      ['2', 'Election of officers'],
    ]);
    expect(sessions[1]?.items[0]?.moderators).toEqual([{ name: 'Tomasz Wrzosek', role: 'Baltic Pilots Association' }]);
    expect(record(3).opened_by).toEqual({ name: 'Ilse Vantongerloo', role: 'Head of Section, Harbour Safety Office' });
    expect(record(3).closed_by).toEqual({ name: 'Amara Okonkwo', role: 'Chair of the Seminar Bureau' });
  });

  it("reads the series' own symbols with the titles its list gives them", () => {
    expect(record(3).documents.map((d) => [d.symbol, d.title, d.kind])).toEqual([
      ['HSS/SEM/2024/1', 'Provisional agenda', 'paper'],
      ['HSS/SEM/2024/INF.1', 'List of participants', 'note'],
      ['HSS/SEM/2024/REP', 'REPORT OF THE THIRD REGIONAL SEMINAR ON HARBOUR SAFETY', 'report'],
    ]);
  });

  it("dates a page's own symbol by the date printed under it on the cover", () => {
    expect(record(3).documents.find((d) => d.symbol === 'HSS/SEM/2024/REP')?.date).toBe('12 April 2024');
  });

  it('keeps where each field was read, file and line', () => {
    expect(record(3).provenance).toMatchObject({
      start: { path: 'third-programme.txt', line: 2 },
      room: { path: 'third-programme.txt', line: 5 },
      participants: { path: 'news/third-ends.html' },
      opened_by: { path: 'third-programme.txt', line: 13 },
      'sessions[1].items[0]': { path: 'third-programme.txt', line: 20 },
    });
  });

  it('keeps both values where two pages disagree, and warns', () => {
    expect(record(3).conflicts).toEqual([
      {
        field: 'end',
        values: [
          { value: '2024-03-05', from: { path: 'third-programme.txt', line: 2 } },
          { value: '2024-03-06', from: expect.objectContaining({ path: 'news/third-ends.html' }) },
        ],
      },
    ]);
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/^meeting 3: the pages disagree on end: 2024-03-05 .* vs 2024-03-06/),
    );
  });

  it.each([
    ['Porto', 'Europe/Lisbon'],
    ['Kuching', 'Asia/Kuching'],
    ['Valparaíso', 'America/Santiago'],
    ['Brno', 'Europe/Prague'],
  ])('finds the zone of %s, which the table does not list, in the gazetteer', (city, zone) => {
    expect(zoneOfCity(city)).toBe(zone);
  });

  it('gives no zone for a name that cities of several zones share', () => {
    expect(zoneOfCity('Springfield')).toBeUndefined();
  });

  it("uses the city's time zone where it is known, and says so where it does not", () => {
    expect(record(4).timezone).toBe('Europe/Lisbon');
    expect(record(3).timezone).toBe('UTC');
    expect(result.warnings).toContain(
      'meeting 3: no time zone is known for Vlaardwijk, so its session times are read as UTC',
    );
  });

  it('reads an agenda table: a timed row with an item or a person is a session; a break is not', () => {
    const sessions = record(4).sessions;
    expect(sessions.map((s) => s.start)).toEqual(['2025-06-10T09:00', '2025-06-10T10:30']);
    expect(sessions[1]?.items[0]).toMatchObject({
      number: '2',
      title: 'Tug escort rules',
      moderators: [{ name: 'Rui Tavares' }],
    });
    expect(record(4).opened_by).toEqual({ name: 'Lena Fischer', role: 'Chief, Data Unit' });
  });
});

/**
 * Two more pages of the harbour-safety series in other shapes: an HTML agenda with one table per day under its
 * day heading, numbered rows, empty cells and a line break inside a cell; and a news item that names the opener
 * in prose, states its place and dates in one sentence and mentions another city after it. Neither city is in
 * the zone table; their zones are the ones named for them, accents or none.
 */
const FIFTH_AGENDA = `<html><head><title>Agenda – Fifth Harbour Safety Seminar</title></head><body><main>
<h1>Fifth Regional Seminar on Harbour Safety</h1>
<p>2–3 September 2026 · Winnipeg, Manitoba, Canada</p>
<h3>Day 1 – Wednesday 2 September</h3>
<table>
  <tr><th>No.</th><th>Time</th><th>Item</th><th>Who</th></tr>
  <tr><td></td><td>08h30–09h00</td><td>Badges</td><td></td></tr>
  <tr><td>1</td><td>09h00–09h30</td><td>Opening of the seminar</td><td>Saule Bekova</td></tr>
  <tr><td>2</td><td>09h30–11h00</td><td>Ice in harbour approaches</td><td>Moderator: Pita Ratu, Fiji Ports<br>Sigrún Ólafsdóttir, Pilot, Northern Pilots Guild</td></tr>
</table>
<h3>Day 2 – Thursday 3 September</h3>
<table>
  <tr><th>No.</th><th>Time</th><th>Item</th><th>Who</th></tr>
  <tr><td>3</td><td>10 am – 12 pm</td><td>Closing of the seminar</td><td></td></tr>
</table>
</main></body></html>`;

const SIXTH_NEWS = `<html><head><title>Harbour seminar meets in the Pacific | News</title></head><body><article>
<h1>Harbour pilots meet in the Pacific</h1>
<p>The Sixth Regional Seminar on Harbour Safety met in Nouméa, New Caledonia, on 12-13 May 2027.</p>
<p>Mereana Tāwhiri, Harbour Master of the Port Authority, opened the seminar on Wednesday morning. Pilots
compared tug rules with those of Lisbon and Geneva.</p>
</article></body></html>`;

describe('records drafted from an HTML agenda with a table per day, and from a news item', () => {
  let later: RecordExport;
  const laterRecord = (n: number) => later.records.find((r) => r.number === n) as ExportedRecord;

  beforeAll(async () => {
    const dir = tempDir('later-pages');
    writeFileSync(path.join(dir, 'fifth-agenda.html'), FIFTH_AGENDA);
    writeFileSync(path.join(dir, 'sixth-news.html'), SIXTH_NEWS);
    later = exportRecords((await loadCorpus(dir)).documents);
  });

  it('reads numbered rows under their day headings, with the people of a cell broken over lines', () => {
    const sessions = laterRecord(5).sessions;
    expect(sessions.map((s) => s.start)).toEqual(['2026-09-02T09:00', '2026-09-02T09:30', '2026-09-03T10:00']);
    expect(sessions.flatMap((s) => s.items.map((i) => [i.number, i.title]))).toEqual([
      ['1', 'Opening of the seminar'],
      ['2', 'Ice in harbour approaches'],
      ['3', 'Closing of the seminar'],
    ]);
    expect(sessions[1]?.items[0]).toMatchObject({
      moderators: [{ name: 'Pita Ratu', role: 'Fiji Ports' }],
      speakers: [{ name: 'Sigrún Ólafsdóttir', role: 'Pilot, Northern Pilots Guild' }],
    });
    expect(laterRecord(5).opened_by).toEqual({ name: 'Saule Bekova' });
  });

  it('takes the city from the line that states the dates, with the zone named for it', () => {
    expect(laterRecord(5)).toMatchObject({ city: 'Winnipeg', timezone: 'America/Winnipeg' });
    expect(laterRecord(6)).toMatchObject({ city: 'Nouméa', timezone: 'Pacific/Noumea' });
  });

  it('reads an opener named with a role before "opened the seminar"', () => {
    expect(laterRecord(6).opened_by).toEqual({ name: 'Mereana Tāwhiri', role: 'Harbour Master of the Port Authority' });
  });
});

/** A note to correspondents gives the days without a year and the hours in a sentence; the overview the year. */
const SEVENTH_OVERVIEW = `Seventh Regional Seminar on Harbour Safety

Gdynia, 8-9 October 2026

The seminar reviews the winter pilotage rules of the member ports.
`;

const SEVENTH_NOTE = `HARBOUR SAFETY OFFICE TO HOST SEVENTH SEMINAR, 8 - 9 OCTOBER

Delegates of the member ports will meet for the seventh time on 8 and 9 October in Gdynia.
The seminar will sit in the Baltic Room from 9.30 a.m. to 5 p.m. A reception follows on 8 October from 6 to 8 p.m.
`;

/** The record drafted for meeting `number` from `pages` (file name → text) written to a folder of their own. */
async function draftedFrom(pages: Record<string, string>, number: number): Promise<ExportedRecord | undefined> {
  const dir = tempDir(`pages-${number}`);
  for (const [file, text] of Object.entries(pages)) writeFileSync(path.join(dir, file), text);
  return exportRecords((await loadCorpus(dir)).documents).records.find((r) => r.number === number);
}

describe('hours a page states in a sentence about its meeting', () => {
  it("makes a session a day of them, dated by the year the meeting's other page prints", async () => {
    const pages = { 'seventh-overview.txt': SEVENTH_OVERVIEW, 'seventh-note.txt': SEVENTH_NOTE };
    const seventh = await draftedFrom(pages, 7);
    expect(seventh?.sessions.map((s) => [s.start, s.end])).toEqual([
      ['2026-10-08T09:30', '2026-10-08T17:00'],
      ['2026-10-09T09:30', '2026-10-09T17:00'],
    ]);
    expect(seventh?.provenance?.['sessions[0]']).toMatchObject({ path: 'seventh-note.txt' });
  });
});

describe('a list two pages give', () => {
  it('is taken from the page that lists more of it, not from the one cut off', async () => {
    // The note names the seminar in its title, so it would lead; its list stops after two of the three aims.
    const eighth = await draftedFrom(
      {
        'note.txt':
          'EIGHTH SEMINAR ON HARBOUR SAFETY\n\nRiga, 2-3 June 2027\n\nThe objectives of the seminar are: (a) to compare pilot rosters; (b) to review',
        'overview.txt':
          'Harbour Safety Office\n\nThe Eighth Seminar on Harbour Safety meets in Riga on 2-3 June 2027.\n\nThe objectives of the seminar are: (a) to compare pilot rosters; (b) to review tug escort rules; and (c) to agree a common incident form.\n',
      },
      8,
    );
    expect(eighth?.objectives).toHaveLength(3);
    expect(eighth?.provenance?.['objectives[2]']).toMatchObject({ path: 'overview.txt' });
  });
});

describe('who closed a meeting, by its programme and by a page written after it', () => {
  it('takes the page that says who closed it over the programme line that planned it, and keeps both', async () => {
    const ninth = await draftedFrom(
      {
        'programme.txt': [
          'NINTH SEMINAR ON HARBOUR SAFETY',
          '',
          'Riga, 2-3 June 2028',
          '',
          'Tuesday, 3 June 2028',
          '14:00 – 16:00',
          '7. Closing of the seminar',
          '  • Ms. Anneke Vos, Chair',
        ].join('\n'),
        'press-release.txt': [
          'Harbour safety seminar ends in Riga',
          '',
          'The Ninth Seminar on Harbour Safety met in Riga on 2-3 June 2028. The seminar was closed on Tuesday by the',
          'Vice-Chair, Mr. Joost de Wit, the Chair having been called away.',
        ].join('\n'),
      },
      9,
    );
    expect(ninth?.closed_by?.name).toBe('Joost de Wit');
    expect(ninth?.conflicts?.find((c) => c.field === 'closed_by')?.values.map((v) => v.value)).toEqual([
      'Joost de Wit',
      'Anneke Vos',
    ]);
  });
});
