import { describe, expect, it } from 'vitest';
import { combinePartAnswers } from '../../src/answer/compound-answers.js';
import type { Answer } from '../../src/answer/types.js';

const answer = (text: string): Answer => ({
  answer: text,
  answered: true,
  intent: 'search',
  sources: [{ path: 'news.md', title: 'News', url: null, score: 1 }],
  confidence: 0.9,
});
const parts = (...texts: string[]) => texts.map((t, i) => ({ asked: `part ${i + 1}`, answer: answer(t) }));

describe('the answer to a question asked in parts', () => {
  const FROM = 'From the 4th forum (14–16 June 2022), "News": Key outcomes: ';

  it.each([
    [`${FROM}Ana Lima was elected Chair. Ivo Lind was elected Vice-Chair.`, `${FROM}Ivo Lind was elected Vice-Chair.`],
    [`${FROM}Ana Lima was elected Chair. Ivo Lind was elected Vice-Chair.`, `${FROM}Ana Lima was elected Chair.`],
    ['The forum was opened by Ana Lima.', 'The forum was opened by Ana Lima.'],
  ])('says once what a later part only repeats: %j', (first, later) => {
    expect(combinePartAnswers(answer(''), parts(first, later)).answer).toBe(first);
  });

  it.each([
    ['The 3rd forum was held on 15 May.', 'The 3rd forum was held on 5 May.'],
    [`${FROM}Ana Lima was elected Chair.`, `${FROM}Ivo Lind was elected Vice-Chair.`],
  ])('keeps a later part that says something else: %j', (first, later) => {
    expect(combinePartAnswers(answer(''), parts(first, later)).answer).toBe(`${first}\n${later}`);
  });
});
