import { describe, expect, it } from 'vitest';
import { spellOutShorthand } from '../../src/question/shorthand.js';

describe('chat shorthand', () => {
  it.each([
    ['how many ppl took part in the santiago workshop', 'how many people took part in the santiago workshop'],
    ['wat time is the mtg tmrw', 'what time is the meeting tomorrow'],
    ["what's the ref of the letter", 'what is the reference of the letter'],
    ['what tz r the times in', 'what time zone are the times in'],
    ['r there docs for the 3rd mtg & the 4th?', 'are there documents for the 3rd meeting and the 4th?'],
    ["who's closing the 5th edition?", 'who is closing the 5th edition?'],
    ['What’s the date of the opening?', 'What is the date of the opening?'],
    ["Where's it held", 'Where is it held'],
    ['which venue + room for the 3rd mtg', 'which venue and room for the 3rd meeting'],
    ['whats the reg deadline for the 3rd mtg', 'what is the registration deadline for the 3rd meeting'],
  ])('spells out %j', (typed, spelled) => {
    expect(spellOutShorthand(typed)).toBe(spelled);
  });

  it.each([
    'What is ORG/WS/2019/3?',
    'Who from R&D spoke?',
    'Was it held in the U.S.?',
    'Rep. Ana Ruiz spoke',
    'document info-sheet',
    'Are times in UTC+2?',
    'Is it GMT +1 there?',
    'Was there a C++ session?',
  ])('leaves %j as typed', (typed) => {
    expect(spellOutShorthand(typed)).toBe(typed);
  });
});
