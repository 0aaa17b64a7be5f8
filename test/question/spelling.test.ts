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

describe('a name clipped to its start', () => {
  const meetingNames = ['yogyakarta', 'montevideo', 'montevarchi', 'lisbon'];
  const counts = new Map(meetingNames.map((w) => [w, 3]));
  const clipping: Vocabulary = {
    count: (w) => counts.get(w) ?? 0,
    knows: (w) => counts.has(w),
    nameStartingWith: (start) => {
      const found = meetingNames.filter((n) => n.length > start.length && n.startsWith(start));
      return found.length === 1 ? found[0] : undefined;
    },
  };

  it.each([
    ['why march for the yogya one?', 'why march for the Yogyakarta one?'],
    ['who hosted montevid', 'who hosted Montevideo'],
    ['lisbo dates pls', 'Lisbon dates pls'],
  ])('reads %j with the whole name', (typed, read) => {
    expect(correctSpelling(typed, clipping)).toBe(read);
  });

  it('leaves a start that two names share alone', () => {
    expect(correctSpelling('the monte one', clipping)).toBe('the monte one');
  });
});
