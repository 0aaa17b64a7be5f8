import { describe, expect, it } from 'vitest';
import { pageUnits } from '../../src/answer/page-units.js';
import { contentTokens } from '../../src/retrieval/tokenize.js';

const page = (body: string) => pageUnits({ path: 'page.txt', title: 'Fourth Harbour Plenary', body });
const [LETTER] = contentTokens('letter');

describe('a page laid out as a letter', () => {
  it.each([
    'Dear colleagues,\n\nYou are invited to the fourth plenary.\n\nYours sincerely,\n\nAnna Lindqvist',
    'Sir or Madam,\n\nI have the honour to invite you.\n\nAccept, Sir or Madam, the assurances of my highest consideration.',
    'Dear Ms. Vos,\n\nThank you for your offer to host.\n\nWith best regards,\nJoost de Wit',
  ])('is a letter by its salutation and its close, whatever its title: %j', (body) => {
    expect(page(body).titleTerms.has(LETTER ?? '')).toBe(true);
  });

  it.each([
    'Dear colleagues,\n\nThe plenary meets in Turku.',
    'The plenary meets in Turku. Yours sincerely is how the Board ends its letters.',
  ])('is no letter without both: %j', (body) => {
    expect(page(body).titleTerms.has(LETTER ?? '')).toBe(false);
  });
});

describe('an office of another body in a unit', () => {
  const officeOf = (text: string) => page(text).units[0]?.officeOf;

  it.each([
    ['Ms. Ana Lima, Co-Chair of the Open Working Group, spoke on pilotage.', 'chair'],
    ['Mr. Kofi Mensah, Director of the Seed Bureau, presented the report.', 'director'],
    ['Dr Ivo Saar, Secretary of the Baltic Ports Forum, closed the panel.', 'secretari'],
  ])('is read with the body it is of: %j', (text, office) => {
    expect(officeOf(text)?.get(office)).toHaveLength(1);
  });

  it('is no other body’s office where the unit also uses the word of its own', () => {
    const offices = officeOf('The plenary was chaired by Ms. Ana Lima, Chair of the Open Working Group.');
    expect(offices?.has('chair') ?? false).toBe(false);
  });
});
