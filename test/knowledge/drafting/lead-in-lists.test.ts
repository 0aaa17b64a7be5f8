import { describe, expect, it } from 'vitest';
import { readList } from '../../../src/knowledge/drafting/page-fields.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';
import { useEngineOver } from '../../helpers/page-engine.js';

/**
 * A concept note's numbered paragraph that stops in mid-sentence over lettered entries leads into them, as one that
 * ends in a colon does: "2. The forum has three objectives. It will" over "(a) …", "(b) …", "(c) …".
 */
const OBJECTIVES = /\bobjectives?\b/i;

function conceptNote(leadIn: string): string {
  return [
    'FIFTH FORUM ON WIDGET STATISTICS',
    'Lisbon, 3-4 May 2023',
    '',
    'CONCEPT NOTE',
    '',
    '1.   The forum brings together the offices that compile widget statistics.',
    '',
    `2.   ${leadIn}`,
    '',
    '     (a) review the indicators of widget output;',
    '',
    '     (b) exchange news of recent training courses; and',
    '',
    '     (c) prepare the widget yearbook for 2024.',
    '',
    '3.   The discussions will feed into the yearbook.',
  ].join('\n');
}

describe('a paragraph that stops in mid-sentence over lettered entries', () => {
  it.each([
    'The forum has three objectives. It will',
    'The objectives of the forum are to',
    'With these objectives, participants are invited to',
  ])('leads into them: %j', (leadIn) => {
    const list = readList(readingUnits({ body: conceptNote(leadIn) }), 'note.txt', OBJECTIVES).map((d) => d.value);
    expect(list).toHaveLength(3);
    expect(list[0]).toMatch(/^review the indicators/);
    expect(list[2]).toMatch(/^prepare the widget yearbook/);
  });

  it('does not lead into a numbered paragraph that follows it', () => {
    const body = [
      'FIFTH FORUM ON WIDGET STATISTICS',
      '',
      '1.   The objectives of the forum will be set by the bureau, which meets on',
      '',
      '2.   Monday 6 March to agree them.',
    ].join('\n');
    expect(readList(readingUnits({ body }), 'note.txt', OBJECTIVES)).toEqual([]);
  });
});

describe('a lead-in line of its own over the entries', () => {
  const listOf = (body: string) => readList(readingUnits({ body }), 'page.md', OBJECTIVES).map((d) => d.value);

  it.each([
    [
      'It pursues three objectives:',
      '1) review the indicators; 2) exchange news (see annex 2) of training; 3) prepare the yearbook.',
    ],
    [
      'Objectives of the forum:',
      '1) review the indicators, 2) exchange news (see annex 2) of training and 3) prepare the yearbook',
    ],
    [
      'The forum has these objectives:',
      '1) review the indicators 2) exchange news (see annex 2) of training 3) prepare the yearbook.',
    ],
  ])('reads the entries numbered in order in the paragraph under %j', (leadIn, entries) => {
    const list = listOf(`# Fifth Forum\n\n${leadIn}\n\n${entries}`);
    expect(list).toHaveLength(3);
    expect(list[1]).toMatch(/^exchange news \(see annex 2\) of training/);
  });

  it('reads lines numbered "1." after a lead-in that ends in a colon', () => {
    const list = listOf(
      '# Fifth Forum\n\nThe objectives of the forum are:\n\n1. review the indicators;\n2. prepare the yearbook.',
    );
    expect(list).toEqual(['review the indicators', 'prepare the yearbook']);
  });
});

describe('asked about, the list is quoted with its lead-in', () => {
  const engine = useEngineOver({ 'concept-note.txt': conceptNote('The forum has three objectives. It will') });

  it.each([
    'What are the objectives of the fifth forum?',
    'hey what r the 3 objectives of the 5th forum',
    'which objectives does the Lisbon forum have?',
  ])('answers with every entry: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/review the indicators/);
    expect(a.answer).toMatch(/exchange news of recent training/);
    expect(a.answer).toMatch(/prepare the widget yearbook/);
  });
});
