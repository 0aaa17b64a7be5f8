import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../../src/knowledge/drafting/page-fields.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';

const cityOf = (body: string, number: number) => readPlaces(readingUnits({ body }), 'page.md', number).city?.value;

describe('the city a page gives its meeting', () => {
  it.each([
    'The second seminar (Rotterdam, September 2021) asked for a guidance note on pilotage.',
    'As agreed at the second seminar in Rotterdam, the third is held online.',
    'Some 60 inspectors joined, twice the attendance in Rotterdam.',
  ])('takes no city from a sentence about another meeting or one naming a city in passing: %j', (sentence) => {
    expect(cityOf(`# Third Seminar on Harbour Safety\n\n${sentence}`, 3)).toBeUndefined();
  });

  it('takes the city from a sentence that names its own meeting', () => {
    const body = '# News\n\nThe Third Seminar on Harbour Safety closed in Lisbon on Friday.';
    expect(cityOf(body, 3)).toBe('Lisbon');
  });
});
