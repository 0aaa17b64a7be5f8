import { describe, expect, it } from 'vitest';
import { asksAboutPlanChange, statesPlanChange, withoutPlanChangeCues } from '../../src/text/plan-changes.js';

describe('questions about a change of plan', () => {
  it.each([
    'what were the original dates of the valdivia consultation',
    'which hall was the 3rd symposium first supposed to be in',
    'hey was halifax first meant to be somewhere else in town? where',
    "wait, wasn't durban supposed to be in nov 2021?",
    'why was the porto mtg pushed back to 2021',
    'Why was the fourth workshop postponed?',
    'why did the colloquium change venue',
    'was the meeting moved?',
  ])('are recognised: %j', (question) => {
    expect(asksAboutPlanChange(question)).toBe(true);
  });

  it.each([
    'who opened the first symposium?',
    'what is planned for the 4th one?',
    'when does the first session start?',
    'what changed in the bulletins after the Tromsø Principles?',
    'which venue hosted the 2019 workshop?',
  ])('are not read into other questions: %j', (question) => {
    expect(asksAboutPlanChange(question)).toBe(false);
  });

  it('lose the words that ask about the change, which no page shares', () => {
    expect(withoutPlanChangeCues('was it first meant to be somewhere else in town?').split(/\s+/)).not.toContain(
      'else',
    );
    expect(withoutPlanChangeCues('what were the original dates')).not.toContain('original');
  });
});

describe('passages that state a change of plan', () => {
  it.each([
    'The consultation, planned for 13–15 November 2023 in Valdivia, is postponed.',
    'It will go ahead on 19–21 September 2023 as planned, but not in Shed B.',
    'The symposium moved from the Moiwa Snow Science Hall to Room 301.',
    'The colloquium had been planned for May 2020.',
    'Shed B, first announced as the venue, could not be used.',
    'The Secretariat announced the move to the Chebucto Maritime Library.',
    'The seminar will now be held on 3 and 4 March 2028.',
  ])('are recognised: %j', (text) => {
    expect(statesPlanChange(text)).toBe(true);
  });

  it.each([
    'The symposium was held at the Fjellheim Conference Centre.',
    'The first session opened at 09.30.',
    'Participants planned a field visit.',
  ])('are not read into other sentences: %j', (text) => {
    expect(statesPlanChange(text)).toBe(false);
  });
});
