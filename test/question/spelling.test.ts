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
