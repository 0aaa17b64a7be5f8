import { describe, expect, it } from 'vitest';
import {
  type DraftItem,
  type DraftSession,
  itemDocuments,
  readAgenda,
} from '../../../src/knowledge/drafting/agenda.js';
import { loadHtml } from '../../../src/knowledge/loaders/html.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';
import { itemOverview } from '../../helpers/draft-overview.js';

/**
 * Programme layouts of a fictional series (coral-reef monitoring forums) as secretariat sites publish them: timed
 * lines under day headings, HTML ordered lists, and table rows flattened to lines with pipes between the cells.
 */
const sessionsOf = (body: string): DraftSession[] => readAgenda(readingUnits({ body }), 'programme.txt', 2023).sessions;
const overview = (sessions: DraftSession[]) =>
  sessions.map((s) => ({
    start: s.start,
    end: s.end,
    items: s.items.map(itemOverview),
  }));

describe('timed lines under day headings', () => {
  const programme = [
    'Second Forum on Coral Reef Monitoring',
    '',
    'Monday 15 May',
    '09.00 – 10.00 Session 1. Opening of the forum · Moderator: Ms. Ilona Varga · Speakers: Mr. Keoni Makoa, Director, Reef Office; Ms. Talia Brennan, Analyst',
    '- 10:30–12:30 Panel: Water accounts in small islands',
    '',
    'Tuesday, 16 May 2023',
    '2 p.m. – 4 p.m. Item 3: Reports of the working groups',
    '',
    'Wednesday, 17 May 2023',
    '10:00 – 12:00 Closing sitting',
    '4. Adoption of the report',
    '5. Closing of the forum',
    '15:00 – 17:00 Boat visit to the lagoon',
  ].join('\n');

  // The boat visit is an aside on a day whose items are numbered under a time heading: a session with no item.
  it('makes each timed line a session on its day holding its item, with the people of its sub-lines', () => {
    expect(overview(sessionsOf(programme))).toEqual([
      {
        start: '2023-05-15T09:00',
        end: '2023-05-15T10:00',
        items: [
          {
            number: '1',
            title: 'Opening of the forum',
            speakers: ['Keoni Makoa', 'Talia Brennan'],
            moderators: ['Ilona Varga'],
          },
        ],
      },
      {
        start: '2023-05-15T10:30',
        end: '2023-05-15T12:30',
        items: [{ number: undefined, title: 'Panel: Water accounts in small islands', speakers: [], moderators: [] }],
      },
      {
        start: '2023-05-16T14:00',
        end: '2023-05-16T16:00',
        items: [{ number: '3', title: 'Reports of the working groups', speakers: [], moderators: [] }],
      },
      {
        start: '2023-05-17T10:00',
        end: '2023-05-17T12:00',
        items: [
          { number: '4', title: 'Adoption of the report', speakers: [], moderators: [] },
          { number: '5', title: 'Closing of the forum', speakers: [], moderators: [] },
        ],
      },
      { start: '2023-05-17T15:00', end: '2023-05-17T17:00', items: [] },
    ]);
  });

  it('keeps the roles the sub-lines give the speakers', () => {
    const [opening] = sessionsOf(programme)[0]?.items ?? [];
    expect(opening?.speakers).toEqual([
      { name: 'Keoni Makoa', role: 'Director, Reef Office' },
      { name: 'Talia Brennan', role: 'Analyst' },
    ]);
  });
});

describe('HTML ordered lists', () => {
  const page = `<html><body><main>
<h1>Second Forum on Coral Reef Monitoring</h1>
<h2>Tuesday, 16 May 2023</h2>
<p>10:00 – 12:30</p>
<ol type="I" start="3">
  <li>Election of officers</li>
  <li>Adoption of the agenda<br>Chair: Ms. Ilona Varga</li>
</ol>
<p>Side events</p>
<ol><li>Reef cameras</li><li>Drone surveys<ol type="a"><li>Coastal flights</li></ol></li></ol>
<ul><li>Coffee</li></ul>
</main></body></html>`;

  it('carries the numbering of each list item into the loaded text, from the stated start and in the stated style', async () => {
    const lines = (await loadHtml('forum.html', page)).body.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        'III. Election of officers',
        'IV. Adoption of the agenda · Chair: Ms. Ilona Varga',
        '1. Reef cameras',
        '2. Drone surveys',
        '  (a) Coastal flights',
        '- Coffee',
      ]),
    );
  });

  it('drafts the numbered items under the day and time as one session', async () => {
    const body = (await loadHtml('forum.html', page)).body;
    const [session] = sessionsOf(body);
    expect(overview([session as DraftSession])).toEqual([
      {
        start: '2023-05-16T10:00',
        end: '2023-05-16T12:30',
        items: [
          { number: 'III', title: 'Election of officers', speakers: [], moderators: [] },
          { number: 'IV', title: 'Adoption of the agenda', speakers: [], moderators: ['Ilona Varga'] },
          { number: '1', title: 'Reef cameras', speakers: [], moderators: [] },
          { number: '2', title: 'Drone surveys', speakers: [], moderators: [] },
        ],
      },
    ]);
  });
});

describe('table rows flattened to lines with pipes between the cells', () => {
  const programme = [
    'Thursday, 18 May 2023',
    '10:00 – 13:00 | I. Opening | Ms. Rosa Quist, Director',
    '13:00 – 14:00 | Lunch',
    '14:00 – 16:00 | II. Tide gauges | Moderator: Mr. Henrik Dahl',
    '16:00 – 16:30 | Coffee break',
    '16:30 – 18:00 | Field visit to the tide station',
    '18:30 | Reception offered by the host',
  ].join('\n');

  it('reads each line as a row of cells', () => {
    const rows = readingUnits({ body: programme }).filter((u) => u.kind === 'row');
    expect(rows.map((r) => r.cells?.map((c) => c.text))).toEqual([
      ['10:00 – 13:00', 'I. Opening', 'Ms. Rosa Quist, Director'],
      ['13:00 – 14:00', 'Lunch'],
      ['14:00 – 16:00', 'II. Tide gauges', 'Moderator: Mr. Henrik Dahl'],
      ['16:00 – 16:30', 'Coffee break'],
      ['16:30 – 18:00', 'Field visit to the tide station'],
      ['18:30', 'Reception offered by the host'],
    ]);
  });

  // A visit or a reception is an event of the meeting: a session with no agenda item, as on other layouts.
  it('drafts a session for each timed row but the breaks, with no item for a visit or a reception', () => {
    expect(overview(sessionsOf(programme))).toEqual([
      {
        start: '2023-05-18T10:00',
        end: '2023-05-18T13:00',
        items: [{ number: 'I', title: 'Opening', speakers: ['Rosa Quist'], moderators: [] }],
      },
      {
        start: '2023-05-18T14:00',
        end: '2023-05-18T16:00',
        items: [{ number: 'II', title: 'Tide gauges', speakers: [], moderators: ['Henrik Dahl'] }],
      },
      { start: '2023-05-18T16:30', end: '2023-05-18T18:00', items: [] },
      { start: '2023-05-18T18:30', end: undefined, items: [] },
    ]);
  });

  it('leaves a page title with a pipe in it as a line of text', () => {
    const units = readingUnits({ body: 'Reef forum ends | News\n\nThe forum closed on Friday.' });
    expect(units.map((u) => u.kind)).toEqual(['label', 'sentence']);
  });
});

describe('programmes laid out in blocks, with an item’s people in blocks of their own', () => {
  const expected = [
    {
      start: '2023-05-18T10:00',
      end: '2023-05-18T13:00',
      items: [
        { number: '1', title: 'Opening of the forum', speakers: ['Rosa Quist'], moderators: [] },
        { number: '2', title: 'Reef census methods', speakers: [], moderators: ['Keoni Makoa'] },
        {
          number: '3',
          title: 'Water accounts',
          speakers: ['Talia Brennan', 'Ilona Varga'],
          moderators: ['Ana Duarte'],
        },
      ],
    },
  ];

  it('reads nested divs: the role label and the people after an item belong to it', async () => {
    const page = `<html><body><main>
<h1>Third Forum on Coral Reef Monitoring</h1>
<div class="day">Thursday, 18 May 2023</div>
<div class="time">10 a.m.–1 p.m.</div>
<div class="item"><div>Item 1</div><div>Opening of the forum</div><div>Ms. Rosa Quist, Director, Reef Office</div></div>
<div class="item"><div>Item 2</div><div>Reef census methods</div>
  <div>Moderator:</div><div>Mr. Keoni Makoa, Head of Surveys</div></div>
<div class="item"><div>Item 3</div><div>Water accounts</div>
  <div>Speakers:</div><div>Ms. Talia Brennan, Analyst</div><div>Dr. Ilona Varga, Lagoon Institute</div>
  <div>Chair:</div><div>Ms. Ana Duarte, Permanent Representative of</div></div>
</main></body></html>`;
    expect(overview(sessionsOf((await loadHtml('forum.html', page)).body))).toEqual(expected);
  });

  it('reads definition lists: a short term labels the person it describes', async () => {
    const page = `<html><body><main>
<h1>Third Forum on Coral Reef Monitoring</h1>
<h3>Thursday, 18 May 2023</h3>
<dl><dt>10.00 hrs – 13.00 hrs</dt>
  <dd><strong>1.</strong> Opening of the forum <dl><dt>Speaker</dt><dd>Ms. Rosa Quist, Director, Reef Office</dd></dl></dd>
  <dd><strong>2.</strong> Reef census methods <dl><dt>Moderated by</dt><dd>Mr. Keoni Makoa, Head of Surveys</dd></dl></dd>
  <dd><strong>3.</strong> Water accounts <dl><dt>Panellists</dt><dd>Ms. Talia Brennan, Analyst</dd>
    <dd>Dr. Ilona Varga, Lagoon Institute</dd><dt>Chair</dt><dd>Ms. Ana Duarte, Permanent Representative</dd></dl></dd>
</dl>
</main></body></html>`;
    const body = (await loadHtml('forum.html', page)).body;
    expect(body).toContain('Speaker: Ms. Rosa Quist, Director, Reef Office');
    expect(overview(sessionsOf(body))).toEqual(expected);
  });

  it('reads a table of speakers under an item as that item’s people', () => {
    const body = [
      '# Third Forum on Coral Reef Monitoring',
      '',
      '### Thursday, 18 May 2023, 10.00am – 1.00pm',
      '',
      '**1. Opening of the forum**',
      '',
      '- Ms. Rosa Quist, Director, Reef Office',
      '',
      '**2. Reef census methods**',
      '',
      'Moderator: Mr. Keoni Makoa, Head of Surveys',
      '',
      '**3. Water accounts**',
      '',
      '| Speaker | Talk | |',
      '|---|---|---|',
      '| Ms. Talia Brennan, Analyst | "Counting what the lagoon gives" | [video](#) |',
      '| Dr. Ilona Varga, Lagoon Institute | "Accounts for small islands" | [video](#) |',
      '',
      'Chair: Ms. Ana Duarte, Permanent Representative',
    ].join('\n');
    expect(overview(sessionsOf(body))).toEqual(expected);
  });
});

describe('nested lists: a bullet that states a day heads the bullets under it', () => {
  const expected = [
    ['2023-05-16T14:00', '2023-05-16T17:30', ['Opening remarks', 'Reef census methods']],
    ['2023-05-17T14:00', '2023-05-17T17:30', ['Conclusions and closing']],
  ];
  const read = (body: string) => sessionsOf(body).map((s) => [s.start, s.end, s.items.map((i) => i.title)]);

  it('reads a Markdown list with indented bullets and bullet text wrapped under them', () => {
    const body = [
      '## Provisional schedule',
      '',
      '- **Sitting 1 — Tuesday 16 May 2023, 2 pm to 5.30 pm**',
      '  - Opening remarks · Ms. Rosa Quist, Director, Reef Office, and',
      '    Mr. Keoni Makoa, Head of Surveys',
      '  - Reef census methods',
      '- **Sitting 2 — Wednesday 17 May 2023, 2 pm to 5.30 pm**',
      '  - Conclusions and closing',
    ].join('\n');
    const [first] = sessionsOf(body);
    expect(first?.items[0]?.speakers.map((p) => p.name)).toContain('Rosa Quist');
    // The line indented under the bullet goes on with its text.
    const opening = readingUnits({ body }).find((u) => u.text.startsWith('Opening remarks'));
    expect(opening?.text).toContain('Mr. Keoni Makoa, Head of Surveys');
    expect(read(body)).toEqual(expected);
  });

  it('reads "*" bullets with the hours written another way', () => {
    const body = [
      'Programme',
      '',
      '* Tuesday, 16 May 2023, 14:00–17:30',
      '   * Opening remarks',
      '   * Reef census methods',
      '* Wednesday, 17 May 2023, 14:00–17:30',
      '   * Conclusions and closing',
    ].join('\n');
    expect(read(body)).toEqual(expected);
  });

  it('reads an HTML list nested in a list', async () => {
    const page = `<html><body><main><h1>Third Forum on Coral Reef Monitoring</h1><ul>
<li>Sitting 1 — Tuesday 16 May 2023, 2 p.m. to 5.30 p.m.<ul><li>Opening remarks</li><li>Reef census methods</li></ul></li>
<li>Sitting 2 — Wednesday 17 May 2023, 2 p.m. to 5.30 p.m.<ul><li>Conclusions and closing</li></ul></li>
</ul></main></body></html>`;
    const body = (await loadHtml('forum.html', page)).body;
    expect(read(body)).toEqual(expected);
  });
});

describe('a programme converted from PDF: four-digit times, "Agenda item n — …", people on indented lines', () => {
  const programme = [
    'WRN-AS4/IN-01                                  WETLAND RANGERS NETWORK',
    '',
    'THURSDAY 8 JUNE',
    '',
    '0830–0900   Registration',
    '',
    '0900–0945   Agenda item 1 — Opening of the assembly',
    '            Tarja Nieminen-Holm, Deputy Governor for Water and Land,',
    '            County of Uusimaa',
    '            Obiora Eze-Nwosu, Secretary, Wetland Rangers Network',
    '',
    '0945–1015   Agenda item 2 — Adoption of the agenda and election of',
    '            officers',
    '',
    '1230–14:00 hrs   Lunch',
    '',
    '1400–1530   Agenda item 3 — Ranger patrols',
    '            Moderator: Lin Qiaoyun, Poyang Lake Reserve',
  ].join('\n');

  it('reads each numbered timed line as its session, with its people and its wrapped title', () => {
    expect(overview(sessionsOf(programme))).toEqual([
      {
        start: '2023-06-08T09:00',
        end: '2023-06-08T09:45',
        items: [
          {
            number: '1',
            title: 'Opening of the assembly',
            speakers: ['Tarja Nieminen-Holm', 'Obiora Eze-Nwosu'],
            moderators: [],
          },
        ],
      },
      {
        start: '2023-06-08T09:45',
        end: '2023-06-08T10:15',
        items: [
          { number: '2', title: 'Adoption of the agenda and election of officers', speakers: [], moderators: [] },
        ],
      },
      {
        start: '2023-06-08T14:00',
        end: '2023-06-08T15:30',
        items: [{ number: '3', title: 'Ranger patrols', speakers: [], moderators: ['Lin Qiaoyun'] }],
      },
    ]);
  });

  it('keeps a role wrapped onto the next line', () => {
    const [opening] = sessionsOf(programme)[0]?.items ?? [];
    expect(opening?.speakers[0]).toEqual({
      name: 'Tarja Nieminen-Holm',
      role: 'Deputy Governor for Water and Land, County of Uusimaa',
    });
  });
});

describe('a programme of HTML cards: a time, then "Session n · title", then its people and papers', () => {
  const page = `<html><body><main>
<h1>Fourth Wetland Assembly — Programme</h1>
<section><h2>Day 1 · Thursday 8 June</h2>
<div class="card"><div class="when">9:30 a.m. – 10:15 a.m.</div>
<div class="what">Session 1 · Opening of the assembly</div>
<div class="who">Tuulikki Harju-Salo — Director, Lahti Water Office</div></div>
<div class="card"><div class="when">10:30 a.m. – noon</div>
<div class="what">Session 2 · Peat and carbon</div>
<div class="who">Speaker: Dr Ilse Brandvold (Bergen Flood Lab, Norway)</div>
<div class="doc">Paper: WRN-AS4/WP-01</div></div>
<div class="card"><div class="when">noon – 1.30pm</div><div class="what">Lunch</div></div>
<div class="card"><div class="when">1.30pm – 3pm</div><div class="what">Boat visit to the reed beds</div></div>
</section></main></body></html>`;

  it('makes each card a session with its numbered item, people and papers; lunch is none', async () => {
    const body = (await loadHtml('programme.html', page)).body;
    const sessions = readAgenda(readingUnits({ body }), 'programme.html', 2023).sessions;
    expect(overview(sessions)).toEqual([
      {
        start: '2023-06-08T09:30',
        end: '2023-06-08T10:15',
        items: [{ number: '1', title: 'Opening of the assembly', speakers: ['Tuulikki Harju-Salo'], moderators: [] }],
      },
      {
        start: '2023-06-08T10:30',
        end: '2023-06-08T12:00',
        items: [{ number: '2', title: 'Peat and carbon', speakers: ['Ilse Brandvold'], moderators: [] }],
      },
      { start: '2023-06-08T13:30', end: '2023-06-08T15:00', items: [] },
    ]);
    expect(itemDocuments(sessions[1]?.items[0] as DraftItem)).toEqual(['WRN-AS4/WP-01']);
  });
});

describe('a programme table whose title cells number the sessions in Roman numerals', () => {
  const programme = [
    'Monday, 22 May 2023',
    '',
    '| Time | Session | Speakers |',
    '| --- | --- | --- |',
    '| 09:30 – 10:30 | Session I – Opening | Ana Reyes Montenegro, Minister of Reefs, Tonga |',
    '| 10:30 – 11:00 | Arrival and registration | |',
    '| 11:00 – 12:30 | Session II – Reef data after cyclones | Moderator: Ivo Lind |',
  ].join('\n');

  it('reads "Session II – …" as the item number, a name holding a country in the speakers column, and no registration', () => {
    expect(overview(sessionsOf(programme))).toEqual([
      {
        start: '2023-05-22T09:30',
        end: '2023-05-22T10:30',
        items: [{ number: 'I', title: 'Opening', speakers: ['Ana Reyes Montenegro'], moderators: [] }],
      },
      {
        start: '2023-05-22T11:00',
        end: '2023-05-22T12:30',
        items: [{ number: 'II', title: 'Reef data after cyclones', speakers: [], moderators: ['Ivo Lind'] }],
      },
    ]);
  });
});

describe('a page that heads one day only', () => {
  it('dates the times listed below it, past a section heading between them', () => {
    const body = [
      'Journal of the Harbour Board',
      '',
      'Thursday, 16 March 2023',
      '',
      'OTHER ACTIVITIES',
      '',
      '  Third Seminar on Harbour Safety',
      '',
      '  1000-1300 hrs       Morning session',
      '',
      '                      I.   Opening of the seminar',
      '                           Ms. Anna Nowak, Director, Gdynia Port Authority',
    ].join('\n');
    expect(sessionsOf(body).map((s) => s.start)).toEqual(['2023-03-16T10:00']);
  });
});
