import { describe, expect, it } from 'vitest';
import { readAgenda } from '../../src/knowledge/drafting/agenda.js';
import { fixedWidthRows } from '../../src/knowledge/fixed-width-tables.js';
import { readingUnits } from '../../src/knowledge/reading-units.js';

/**
 * A fictional seed-bank committee's timetable as text taken from a PDF with its layout kept: a header of column
 * labels, day lines at the margin, rows that share their time slot, and cells wrapped onto the next line in their own
 * column, by a comma, in lower case, or as the lone rest of an unfinished title.
 */
const TIMETABLE = [
  'Third Meeting of the Seed Bank Committee',
  'Tartu, 3-4 March 2026',
  '',
  'Time               Item                                   Lead                          Paper',
  '',
  'Tuesday 3 March',
  '10h00-12h30        1. Opening of the meeting              Maarja Tamm-Kask,             -',
  '                                                          Director, host institute',
  '                   2. Report of the Secretariat,          Ivo Lind, Secretary           SBC.3/2',
  '                      2025-2026',
  '14h00-17h00        3. Cold storage: a survey              Aino Virtanen,                SBC.3/3',
  '                                                          seed technician',
  'Wednesday 4 March',
  '09h30-12h00        4. Date and place of the fourth        Chair                         -',
  '                      Meeting',
  '                   5. Closing                             Chair                         -',
  '',
  '',
  'The Committee thanks the host institute for its support during the meeting.',
].join('\n');

describe('a table laid out in columns of spaces', () => {
  it('writes each row with pipes, its wrapped lines joined to it, and leaves the text after the table alone', () => {
    const lines = fixedWidthRows(TIMETABLE.split('\n'));
    expect(lines[6]).toBe(
      '| 10h00-12h30 | 1. Opening of the meeting | Maarja Tamm-Kask, Director, host institute | - |',
    );
    expect(lines[7]).toBe('');
    expect(lines[8]).toBe('|  | 2. Report of the Secretariat, 2025-2026 | Ivo Lind, Secretary | SBC.3/2 |');
    expect(lines[13]).toBe('| 09h30-12h00 | 4. Date and place of the fourth Meeting | Chair | - |');
    expect(lines.at(-1)).toBe('The Committee thanks the host institute for its support during the meeting.');
  });

  it('is drafted as sessions on their days, with the items of each slot and their leads', () => {
    const { sessions } = readAgenda(readingUnits({ body: TIMETABLE }), 'timetable.txt', 2026);
    expect(
      sessions.map((s) => [s.start, s.items.map((i) => [i.number, i.title, i.speakers.map((p) => p.name)])]),
    ).toEqual([
      [
        '2026-03-03T10:00',
        [
          ['1', 'Opening of the meeting', ['Maarja Tamm-Kask']],
          ['2', 'Report of the Secretariat, 2025-2026', ['Ivo Lind']],
        ],
      ],
      ['2026-03-03T14:00', [['3', 'Cold storage: a survey', ['Aino Virtanen']]]],
      [
        '2026-03-04T09:30',
        [
          ['4', 'Date and place of the fourth Meeting', []],
          ['5', 'Closing', []],
        ],
      ],
    ]);
  });

  it.each([
    'Officers    Chair .......... Ivo Lind',
    '1.  Opening of the meeting            4.  Date and place of the fourth Meeting',
    'Room     Hall     2',
  ])('is not read into a line that only has wide gaps: %j', (line) => {
    expect(fixedWidthRows([line, 'next line'])).toEqual([line, 'next line']);
  });
});

describe('the words of a line wrapped at the page width', () => {
  it('keep a lone capitalised word that ends the sentence in that sentence', () => {
    const body = [
      'The Committee will meet again in Tartu, still hosted by the Estonian Seed Conservation',
      '(ESCI).',
      '',
      'Registration opens on 1 June.',
    ].join('\n');
    const sentences = readingUnits({ body }).map((u) => u.text);
    expect(sentences[0]).toBe(
      'The Committee will meet again in Tartu, still hosted by the Estonian Seed Conservation (ESCI).',
    );
    expect(sentences).not.toContain('(ESCI).');
  });
});
