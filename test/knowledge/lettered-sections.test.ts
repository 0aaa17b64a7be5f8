import { describe, expect, it } from 'vitest';
import { readingUnits } from '../../src/knowledge/reading-units.js';

/** A fictional herbaria board's report: parts lettered A to D, paragraphs numbered across them. */
const REPORT = [
  'REPORT OF THE SECOND PLENARY OF THE HERBARIA BOARD',
  '',
  'A. Opening',
  '',
  '1. The Chair opened the Plenary on 4 May 2026.',
  '',
  'B. Loans of specimens (item 3)',
  '',
  '2. The Board agreed common rules for loans.',
  '',
  'C. Digitised type specimens (item 4)',
  '',
  '3. F. Okafor presented the survey of digitised types.',
  '',
  'D. Date and place of the third Plenary and closure (items 5 and 6)',
  '',
  '4. The Chair closed the Plenary at 12.30.',
].join('\n');

describe('parts of a page lettered in order', () => {
  const units = readingUnits({ body: REPORT });
  const under = (start: string) => units.find((u) => u.text.startsWith(start))?.context;

  it.each([
    ['1. The Chair opened', 'A. Opening'],
    ['2. The Board agreed', 'B. Loans of specimens (item 3)'],
    ['3. F. Okafor presented', 'C. Digitised type specimens (item 4)'],
    ['4. The Chair closed', 'D. Date and place of the third Plenary and closure (items 5 and 6)'],
  ])('head the paragraphs under them: %j under %j', (paragraph, heading) => {
    expect(under(paragraph)).toContain(heading);
  });

  it('are no items of the page, not even "C." as a Roman hundred', () => {
    expect(units.filter((u) => u.kind === 'item').map((u) => u.number)).toEqual(['1', '2', '3', '4']);
  });

  it('leave a lettered list under a lead-in as its entries', () => {
    const body =
      'The Board asked the secretariat to:\n\n(a) collect loan forms;\n\n(b) draft rules;\n\n(c) report back.';
    expect(readingUnits({ body }).filter((u) => u.kind === 'item')).toHaveLength(3);
  });
});
