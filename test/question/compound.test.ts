import { describe, expect, it } from 'vitest';
import { questionParts } from '../../src/question/compound.js';

const questions = (text: string) => questionParts(text).map((p) => p.question);

describe('questions that ask several things', () => {
  it.each([
    ['Who closed the forum and at what time?', ['Who closed the forum', 'at what time, closed the forum?']],
    [
      'who opened the 3rd workshop, and at what time',
      ['who opened the 3rd workshop', 'at what time, opened the 3rd workshop?'],
    ],
    ['Who chaired the seminar? And at what time?', ['Who chaired the seminar', 'at what time, chaired the seminar?']],
  ])('asks a bare second part of the first part’s predicate: %j', (text, expected) => {
    expect(questions(text)).toEqual(expected);
  });

  it.each([
    ['who closed the forum and when exactly', 'when exactly, closed the forum?'],
    ['Who opened the 3rd workshop, and at what time precisely?', 'at what time precisely, opened the 3rd workshop?'],
    ['who chaired the seminar and where again?', 'where again, chaired the seminar?'],
  ])('reads a second part of a question word and adverbs as bare: %j', (text, second) => {
    expect(questions(text)[1]).toBe(second);
  });

  it.each([
    ['Who chaired the third round, and when was it closed?', 'when was the third round closed?'],
    [
      'what is the symbol of the Lima report and when did it come out',
      'when did the symbol of the Lima report come out?',
    ],
    ['Who speaks at item 3 in Lima, and who moderates it?', 'who moderates at item 3 in Lima?'],
  ])('puts what a pronoun stands for in its place: %j', (text, second) => {
    expect(questions(text)[1]).toBe(second);
  });

  it.each([
    [
      'When and where was the first workshop held?',
      ['When was the first workshop held?', 'where was the first workshop held?'],
    ],
    [
      'Which room and what hours were booked for the forum?',
      ['Which room were booked for the forum?', 'what hours were booked for the forum?'],
    ],
    ['Who and what was on the agenda?', ['Who was on the agenda?', 'what was on the agenda?']],
  ])('gives a first part with no verb the predicate of the second: %j', (text, expected) => {
    expect(questions(text)).toEqual(expected);
  });

  it('keeps what each part asks as typed, to name a part that is not found', () => {
    expect(questionParts('Who opened the forum, and from how many cities?').map((p) => p.asked)).toEqual([
      'Who opened the forum',
      'from how many cities?',
    ]);
  });

  it.each([
    'According to the second meeting’s page, what had the first meeting focused on?',
    '2nd day of the 2004 meeting, what was on?',
    'What did the report say about who pays?',
    'Which venue and room will the forum use?',
    'Who opened the 8th meeting?',
    'who spoke on remittances and migration?',
    'What were the chair and vice-chair asked to do?',
  ])('leaves a question that asks one thing whole: %j', (text) => {
    expect(questions(text)).toEqual([text]);
  });

  it.each([
    [
      'Who was elected Chair and Vice-Chair at the fourth forum?',
      ['Who was elected Chair at the fourth forum?', 'Who was elected Vice-Chair at the fourth forum?'],
    ],
    [
      'who were the chair and the rapporteur of the third forum',
      ['who were the chair of the third forum', 'who were the rapporteur of the third forum'],
    ],
    [
      'Who were the moderator and rapporteur of the panel?',
      ['Who were the moderator of the panel?', 'Who were the rapporteur of the panel?'],
    ],
  ])('asks two offices joined by "and" one by one: %j', (text, parts) => {
    expect(questions(text)).toEqual(parts);
  });
});
