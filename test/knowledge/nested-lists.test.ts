import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import type { KnowledgeDocument } from '../../src/knowledge/document.js';
import { draftRecords } from '../../src/knowledge/drafting/draft-records.js';
import { loadHtml } from '../../src/knowledge/loaders/html.js';
import { learnMeetingCodes } from '../../src/knowledge/meeting-codes.js';
import { readingUnits } from '../../src/knowledge/reading-units.js';
import { type ExportedRecord, exportRecords } from '../../src/knowledge/record-export.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

/**
 * A documents page of a fictional harbour-safety series that lists two seminars' papers as nested lists: each
 * seminar's name is an item, its papers are items under it, and each paper's dates are items under the paper.
 */
const DOCUMENTS = `<html><head><title>Seminar documents</title></head><body>
<h1>Seminar documents: Antwerp 2019 and Rotterdam 2021</h1>
<ul>
  <li><strong>1st Seminar – Antwerp, 3–4 May 2019</strong>
    <ul>
      <li>HSN-S1/WP-01 — Pilot fatigue on night shifts<ul><li>issued 2 April 2019</li></ul></li>
      <li>HSN-S1/INF-01 — List of participants<ul><li>41 names</li></ul></li>
    </ul>
  </li>
  <li><strong>2nd Seminar – Rotterdam, 14–15 September 2021</strong>
    <ul>
      <li>HSN-S2/WP-01 — Tug escort rules<ul><li>issued 1 August 2021</li></ul></li>
      <li>HSN-S2/INF-01 — List of participants<ul><li>57 names: 41 in Rotterdam, 16 online</li></ul></li>
    </ul>
  </li>
</ul>
</body></html>`;

const PAGES: Record<string, string> = {
  'documents.html': DOCUMENTS,
  's1-programme.txt':
    'First Seminar on Harbour Safety\n\nAntwerp, 3-4 May 2019\n\nThe seminar had before it HSN-S1/WP-01 and HSN-S1/INF-01. The next one will discuss HSN-S2/DOC.9.',
  's2-programme.txt':
    "Second Seminar on Harbour Safety\n\nRotterdam, 14-15 September 2021\n\nPapers: HSN-S2/WP-01 and HSN-S2/INF-01. The port's pilots spoke.",
};

const tempDir = useTempDirs('rapporteur-nested');
let documents: KnowledgeDocument[];

beforeAll(async () => {
  const dir = tempDir('knowledge');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(PAGES)) writeFileSync(path.join(dir, name), text);
  documents = (await loadCorpus(dir)).documents;
});

describe('nested lists', () => {
  it('keep their nesting as indentation when an HTML page is read', async () => {
    const page = await loadHtml('documents.html', DOCUMENTS);
    expect(page.body).toMatch(/^- 1st Seminar – Antwerp, 3–4 May 2019$/m);
    expect(page.body).toMatch(/^ {2}- HSN-S1\/WP-01 — Pilot fatigue on night shifts$/m);
    expect(page.body).toMatch(/^ {4}- issued 2 April 2019$/m);
  });

  it('read an item with the items it sits under', async () => {
    const page = await loadHtml('documents.html', DOCUMENTS);
    const count = readingUnits(page).find((u) => u.text.startsWith('57 names'));
    expect(count?.frame.under).toEqual([
      '2nd Seminar – Rotterdam, 14–15 September 2021',
      'HSN-S2/INF-01 — List of participants',
    ]);
    expect(count?.context).toContain('HSN-S2/INF-01 — List of participants');
    const second = readingUnits(page).find((u) => u.text.startsWith('2nd Seminar'));
    expect(second?.frame.under).toBeUndefined();
  });

  it('read a flat list entry that gives a date as an entry, not as the day heading of the entries after it', async () => {
    const page = await loadHtml(
      'papers.html',
      `<html><body><h1>Papers</h1><ul>
<li>HSN-S1/WP-01 — Pilot fatigue (adopted 4 May 2019)</li>
<li>HSN-S1/WP-02 — Tug escorts</li>
<li>HSN-S1/REP — Report of the seminar (issued 30 June 2019)</li>
</ul></body></html>`,
    );
    const units = readingUnits(page);
    const entry = (start: string) => units.find((u) => u.text.startsWith(start));
    expect(entry('HSN-S1/WP-01')?.kind).toBe('item');
    expect(entry('HSN-S1/WP-02')?.context).not.toContain('HSN-S1/WP-01 — Pilot fatigue (adopted 4 May 2019)');
    expect(entry('HSN-S1/REP')?.kind).toBe('item');
  });

  it("give the part under a meeting's name to that meeting's drafted record", () => {
    const records = draftRecords(documents).drafts;
    const of = (n: number) => records.find((d) => d.record.number === n);
    expect(of(2)?.sources).toContain('documents.html');
    expect(of(1)?.record.documents.map((d) => d.symbol)).not.toContain('HSN-S2/WP-01');
    expect(of(2)?.record.documents.map((d) => d.symbol)).toContain('HSN-S2/WP-01');
    // The code in a symbol says whose paper it is, whichever page names it.
    expect(of(1)?.record.documents.map((d) => d.symbol)).not.toContain('HSN-S2/DOC.9');
  });

  // The "s" of "the port's" is no word of the corpus that the code could be confused with.
  it('learn a code of one letter ("S2" in HSN-S2/WP-01) that numbers the meetings of their pages', () => {
    expect(learnMeetingCodes(documents)).toEqual([{ letters: 's', joined: false }]);
  });
});

/** A fictional bell founders' guild prints its programme as bullets: days, timed slots, numbered items, people. */
const NESTED_PROGRAMME = `# 4th Assembly of the Guild of Bell Founders — programme

**Bruges, 11–12 May 2027** · Belfry Hall

- **Tuesday 11 May**
  - 9:00 am – 9:30 am · Opening of the 4th Assembly
    - Dr Anneke Verhaegen, Dean of the Guild
  - 9:30 am – 12:00 noon · **Block A**
    - Item 1 · Adoption of the agenda (GBF-4-D-01)
      - Dr Anneke Verhaegen, Chair
    - Item 2 · Tuning standards for carillons (GBF-4-D-02)
      - Capt. Pieter Van Acker
  - 2:00 pm – 5:00 pm · **Block B**
    - Item 3 · Closure
      - Dr Anneke Verhaegen, Chair
- **Wednesday 12 May**
  - 9.30–12.30 Sitting 3: recasting of cracked bells; apprentices and the guild's school,
    presented by Dr Anneke Verhaegen; date and place of the 5th Assembly
  - 19:00 Carillon concert in the Belfry
`;

describe('a programme printed as nested bullets', () => {
  const tempDir = useTempDirs('rapporteur-nested-programme');
  let record: ExportedRecord | undefined;
  beforeAll(async () => {
    const dir = tempDir('knowledge');
    mkdirSync(path.join(dir, 'a4'), { recursive: true });
    writeFileSync(path.join(dir, 'a4', 'programme.md'), NESTED_PROGRAMME);
    mkdirSync(path.join(dir, 'a3'), { recursive: true });
    writeFileSync(
      path.join(dir, 'a3', 'report.md'),
      '# 3rd Assembly of the Guild of Bell Founders\n\nGhent, 6–7 May 2025.\n',
    );
    record = exportRecords((await loadCorpus(dir)).documents).records.find((r) => r.number === 4);
  });

  it('reads each timed bullet as a session, the entries under it or after its name as its items, with their people', () => {
    expect(
      record?.sessions.map((s) => [
        s.title,
        s.start,
        s.end,
        s.items.map((i) => [i.number, i.title, i.speakers.map((p) => p.name)]),
      ]),
    ).toEqual([
      [
        'Opening of the 4th Assembly',
        '2027-05-11T09:00',
        '2027-05-11T09:30',
        [[undefined, 'Opening of the 4th Assembly', ['Anneke Verhaegen']]],
      ],
      [
        'Block A',
        '2027-05-11T09:30',
        '2027-05-11T12:00',
        [
          ['1', 'Adoption of the agenda (GBF-4-D-01)', ['Anneke Verhaegen']],
          ['2', 'Tuning standards for carillons (GBF-4-D-02)', ['Pieter Van Acker']],
        ],
      ],
      ['Block B', '2027-05-11T14:00', '2027-05-11T17:00', [['3', 'Closure', ['Anneke Verhaegen']]]],
      [
        'Sitting 3',
        '2027-05-12T09:30',
        '2027-05-12T12:30',
        [
          [undefined, 'recasting of cracked bells', []],
          [undefined, "apprentices and the guild's school, presented by Dr Anneke Verhaegen", ['Anneke Verhaegen']],
          [undefined, 'date and place of the 5th Assembly', []],
        ],
      ],
      ['Carillon concert in the Belfry', '2027-05-12T19:00', undefined, []],
    ]);
  });

  it('names who opened and who closed it', () => {
    expect(record?.opened_by?.name).toBe('Anneke Verhaegen');
    expect(record?.closed_by?.name).toBe('Anneke Verhaegen');
  });
});
