import { describe, expect, it } from 'vitest';
import { correctSpelling, type Vocabulary } from '../../src/question/spelling.js';

const words = new Map([
  ['remittances', 5],
  ['objectives', 9],
  ['workshop', 12],
  ['opened', 4],
  ['room', 3],
]);
const vocabulary: Vocabulary = { count: (w) => words.get(w) ?? 0, knows: (w) => words.has(w) };

describe('typos mended against the corpus words', () => {
  it.each([
    ['What about remittacnes?', 'What about remittances?'],
    ['List the objectves', 'List the objectives'],
    ['who opened the wokrshop', 'who opened the workshop'],
  ])('mends %j', (typed, mended) => {
    expect(correctSpelling(typed, vocabulary)).toBe(mended);
  });

  it.each(['Which roam was it?', 'Who is Zlotnik?', 'What is XYZ/WS/2019/3?'])(
    'leaves short words, names and symbols alone in %j',
    (typed) => {
      expect(correctSpelling(typed, vocabulary)).toBe(typed);
    },
  );
});

describe('the adjective of a name the documents use', () => {
  // Names the corpus writes only with a capital; "media" it also writes in lower case.
  const names = new Set(['hungary', 'mexico', 'sweden', 'austria', 'australia']);
  const counts = new Map([...names, 'media'].map((w) => [w, 2]));
  const withNames: Vocabulary = {
    count: (w) => counts.get(w) ?? 0,
    knows: (w) => counts.has(w),
    isName: (w) => names.has(w),
  };

  it.each([
    ["who's the hungarian ambassador speaking?", "who's the Hungary ambassador speaking?"],
    ['did the mexican delegation present?', 'did the Mexico delegation present?'],
    ['which swedish agency hosted it', 'which Sweden agency hosted it'],
  ])('reads %j with the name', (typed, read) => {
    expect(correctSpelling(typed, withNames)).toBe(read);
  });

  it.each(['the asian delegations', 'an italian dish'])('leaves %j as typed', (typed) => {
    expect(correctSpelling(typed, withNames)).toBe(typed);
  });
});
