import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/answer/engine.js';
import { loadConfig } from '../../../src/config/env.js';
import { loadCorpus } from '../../../src/knowledge/corpus.js';
import { draftRecords } from '../../../src/knowledge/drafting/draft-records.js';
import type { MeetingRecord } from '../../../src/knowledge/meeting-record.js';
import { createLogger } from '../../../src/logging/logger.js';
import { useTempDirs } from '../../helpers/temp-dirs.js';

/**
 * A fictional guild's sessions table, as an operators' or keepers' association prints one: days as "Mon 4.09",
 * header cells whose labels are phrases ("Business, presenters and papers"), chairs limited to some items
 * ("(items 4–5)"), speakers set off by a dash and named by initials that other pages of the folder spell out.
 */
const PAGES: Record<string, string> = {
  'gathering3/programme.html': `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>3rd Gathering, Bergen 2023: blocks and presiding keepers</title></head>
<body>
<h1>3rd Gathering · Bergen · 4–6 September 2023</h1>
<p>Nordnes Lighthouse Hall, Bergen. Times are Bergen time.</p>
<table>
<thead><tr><th>Day</th><th>Hours</th><th>Block</th><th>Presiding</th><th>Business, presenters and papers</th></tr></thead>
<tbody>
<tr><td rowspan="2">Mon 4.09</td><td>09:00–09:45</td><td>Opening</td><td>S. Haugland, Warden</td><td>Welcome by Ingrid Solheim-Berg, Harbour Master</td></tr>
<tr><td>10:00–12:30</td><td>Block A</td><td>S. Haugland, Warden</td>
<td>1. Adoption of the agenda (GLK/G3/P.1)<br>2. Lamp maintenance survey (GLK/G3/P.2) — T. Ní Bhriain<br>3. Fog signal retirement — P.-L. Marchand</td></tr>
<tr><td rowspan="2">Tue 5.09</td><td>09:00–12:00</td><td>Tour: Kvarven light</td><td>—</td><td>Led by Odd Rasmussen, Keeper. Boat from the quay at 08:45.</td></tr>
<tr><td>14:00–17:00</td><td>Block B</td><td>S. Haugland (items 4–5); R. Okonkwo-Lind, incoming Warden (items 6–7)</td>
<td>4. Budget (GLK/G3/P.3) — T. Ní Bhriain<br>5. Elections<br>6. Next Gathering — K. Vestby<br>7. Closing</td></tr>
</tbody></table>
</body></html>`,
  'gathering3/papers.md': `# 3rd Gathering (Bergen, 2023): papers

| Symbol | Title | Item |
|--------|-------|------|
| GLK/G3/P.1 | Provisional agenda with timetable | 1 |
| GLK/G3/P.2 | Survey of lamp maintenance, 2020–2023 | 2 |
| GLK/G3/P.3 | Budget for 2024 and 2025 | 4 |

Warden Solveig Haugland presided until the elections, in which Ragnhild Okonkwo-Lind was chosen to succeed her.
The retirement of fog signals was put to the Gathering by MARCHAND Pierre-Louis.
`,
  'gathering2/report.md': `# Report of the 2nd Gathering, Tromsø, 12–13 June 2021

The 2nd Gathering met in Tromsø on 12 and 13 June 2021. Teresa Ní Bhriain reported on lamp maintenance, and Kari
Vestby spoke on the Guild's accounts.
`,
  'about.md': `# About the Guild of Lighthouse Keepers

The Guild holds a Gathering every two years. Its treasurer is Knut Vestby.
`,
};

const tempDir = useTempDirs('rapporteur-sessions-table');
let knowledgeDir: string;
let record: MeetingRecord;

beforeAll(async () => {
  knowledgeDir = tempDir('knowledge');
  for (const [name, text] of Object.entries(PAGES)) {
    mkdirSync(path.dirname(path.join(knowledgeDir, name)), { recursive: true });
    writeFileSync(path.join(knowledgeDir, name), text);
  }
  const corpus = await loadCorpus(knowledgeDir);
  const drafted = draftRecords(corpus.documents).drafts.find((d) => d.record.number === 3);
  if (!drafted) throw new Error('no record drafted for the 3rd Gathering');
  record = drafted.record;
});

const items = () =>
  record.sessions.flatMap((s) =>
    s.items.map((i) => ({
      at: s.start,
      number: i.number,
      title: i.title,
      speakers: i.speakers.map((p) => p.name),
      moderators: i.moderators.map((p) => p.name),
    })),
  );

describe('a sessions table with weekday-and-number days and phrase-long column labels', () => {
  it('dates each row by its "Mon 4.09" cell, where 4 September of the meeting’s year is a Monday', () => {
    expect(record.sessions.map((s) => [s.start, s.end, s.title])).toEqual([
      ['2023-09-04T09:00', '2023-09-04T09:45', 'Opening'],
      ['2023-09-04T10:00', '2023-09-04T12:30', 'Block A'],
      ['2023-09-05T09:00', '2023-09-05T12:00', 'Tour: Kvarven light'],
      ['2023-09-05T14:00', '2023-09-05T17:00', 'Block B'],
    ]);
  });

  it('reads the column of numbered entries as the items, with the speaker after a dash left out of the title', () => {
    expect(items().map((i) => [i.number, i.title])).toEqual([
      [undefined, 'Opening'],
      ['1', 'Adoption of the agenda (GLK/G3/P.1)'],
      ['2', 'Lamp maintenance survey (GLK/G3/P.2)'],
      ['3', 'Fog signal retirement'],
      [undefined, 'Tour: Kvarven light'],
      ['4', 'Budget (GLK/G3/P.3)'],
      ['5', 'Elections'],
      ['6', 'Next Gathering'],
      ['7', 'Closing'],
    ]);
  });

  it('makes a slot whose one entry has no number an item named as the slot, with that entry’s person', () => {
    const slots = items().filter((i) => i.number === undefined);
    expect(slots.map((i) => [i.title, i.speakers])).toEqual([
      ['Opening', ['Ingrid Solheim-Berg']],
      ['Tour: Kvarven light', ['Odd Rasmussen']],
    ]);
    expect(record.opened_by?.name).toBe('Ingrid Solheim-Berg');
  });

  it('gives a chair marked "(items 4–5)" only those items, so the closer is who chaired the closing', () => {
    const blockB = items().filter((i) => i.at === '2023-09-05T14:00');
    expect(blockB.map((i) => [i.number, i.moderators])).toEqual([
      ['4', ['Solveig Haugland']],
      ['5', ['Solveig Haugland']],
      ['6', ['Ragnhild Okonkwo-Lind']],
      ['7', ['Ragnhild Okonkwo-Lind']],
    ]);
    expect(record.closed_by).toEqual({ name: 'Ragnhild Okonkwo-Lind', role: 'incoming Warden' });
  });
});

describe('people named by initials', () => {
  it.each([
    ['S. Haugland', 'Solveig Haugland', 'given name first on the meeting’s own page, after a capitalised title'],
    ['P.-L. Marchand', 'Marchand Pierre-Louis', 'family name first, in capitals, for hyphenated initials'],
    ['T. Ní Bhriain', 'Teresa Ní Bhriain', 'on another meeting’s page, with an Irish particle'],
  ])('takes the one full name the pages give for %s: %s (%s)', (initials, full) => {
    const everyone = items().flatMap((i) => [...i.speakers, ...i.moderators]);
    expect(everyone).toContain(full);
    expect(everyone).not.toContain(initials);
  });

  it('keeps "K. Vestby" as printed where the pages name a Kari and a Knut Vestby', () => {
    expect(items().find((i) => i.number === '6')?.speakers).toEqual(['K. Vestby']);
  });
});

describe('documents a programme cites and a papers page lists', () => {
  it('titles each paper as the papers page does, not by the programme entry that cites it', () => {
    expect(record.documents.map((d) => [d.symbol, d.title])).toEqual([
      ['GLK/G3/P.1', 'Provisional agenda with timetable'],
      ['GLK/G3/P.2', 'Survey of lamp maintenance, 2020–2023'],
      ['GLK/G3/P.3', 'Budget for 2024 and 2025'],
    ]);
  });
});

describe('asking about that table', () => {
  it.each([
    ['who closed the 3rd gathering?', 'Ragnhild Okonkwo-Lind'],
    ['hi! who opened the third Gathering', 'Ingrid Solheim-Berg'],
    ['who spoke on item 3 of the 3rd gathering?', 'Pierre-Louis'],
  ])('answers %j with %j, citing the programme', async (question, name) => {
    const engine = await createEngine({
      config: loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: tempDir('data') }),
      logger: createLogger({ level: 'error', write: () => {} }),
    });
    try {
      const a = await engine.ask(question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain(name);
      expect(a.sources.map((s) => s.path)).toContain('gathering3/programme.html');
    } finally {
      await engine.close();
    }
  });
});
