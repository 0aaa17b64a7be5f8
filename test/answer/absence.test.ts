import { describe, expect, it } from 'vitest';
import { statesAbsence } from '../../src/answer/coverage.js';

describe('sentences that say what the documents lack', () => {
  it.each([
    'Report of the third dialogue – in preparation',
    'Venue to be confirmed.',
    'The list of participants is not yet available.',
    'The agenda is not recorded.',
    'The recovered programme stops here, partway through item IV.',
    'The scanned page breaks off before the speaker is named.',
    'The minutes break off after item 2, and the recovered text stops here.',
  ])('reads %j as saying the fact is not there', (text) => {
    expect(statesAbsence(text)).toBe(true);
  });

  it.each([
    'The report was prepared in May.',
    'The venue was confirmed in March.',
    'The list is available online.',
    'The shuttle stops at the hotel.',
  ])('reads %j as stating a fact', (text) => {
    expect(statesAbsence(text)).toBe(false);
  });
});
