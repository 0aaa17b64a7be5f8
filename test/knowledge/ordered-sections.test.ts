import { describe, expect, it } from 'vitest';
import { readingUnits } from '../../src/knowledge/reading-units.js';
import { useEngineOver } from '../helpers/page-engine.js';

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

/** A fictional beekeepers' federation's first circular: numbered parts, each with its prose under it. */
const CIRCULAR = [
  'FEDERATION OF UPLAND BEEKEEPERS',
  '',
  'Circular FUB-2027-02 Ljubljana, 3 February 2027',
  '',
  'Subject: Fifth Congress, Bled, 8-10 June 2027',
  '',
  '1. Invitation',
  '',
  'The Fifth Congress of the Federation will be held in Bled from 8 to 10 June 2027.',
  '',
  '2. Registration',
  '',
  "Please register every delegate through the members' portal by 30 April 2027. The hotel list",
  'and the fee schedule will follow in a later circular, due in early spring.',
  '',
  '3. Documents',
  '',
  'The provisional agenda (FUB/5/1) will be sent with the second circular.',
].join('\n');

describe('parts of a page numbered in order, each with prose under it', () => {
  const units = readingUnits({ body: CIRCULAR });

  it.each([
    ['The Fifth Congress of the Federation', '1. Invitation'],
    ['Please register every delegate', '2. Registration'],
    ['The provisional agenda', '3. Documents'],
  ])('head the paragraphs under them: %j under %j', (paragraph, heading) => {
    expect(units.find((u) => u.text.startsWith(paragraph))?.context).toContain(heading);
  });

  it('are headings, not agenda items', () => {
    expect(units.filter((u) => u.kind === 'item')).toEqual([]);
  });

  it('leave numbered lines with nothing under them as items, as an agenda prints them', () => {
    const body = ['Provisional agenda', '', '1. Opening', '', '2. Adoption of the agenda', '', '3. Reports'].join('\n');
    expect(
      readingUnits({ body })
        .filter((u) => u.kind === 'item')
        .map((u) => u.number),
    ).toEqual(['1', '2', '3']);
  });

  describe('answered from the part that names what is asked', () => {
    const engine = useEngineOver({ 'congress-5/circular.txt': CIRCULAR });

    it('gives the registration deadline to the day, not the vaguer date of the next circular', async () => {
      const a = await engine().ask('hey, when is the registration deadline for the fifth congress?');
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('30 April 2027');
      expect(a.sources[0]?.path).toBe('congress-5/circular.txt');
    });
  });
});
