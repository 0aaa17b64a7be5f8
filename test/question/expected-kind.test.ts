import { describe, expect, it } from 'vitest';
import { expectedKind } from '../../src/question/expected-kind.js';

describe('the kind of answer a question expects', () => {
  it.each([
    ['Who opened the eighth meeting?', 'person'],
    ['who moderated the panel', 'person'],
    ['By whom was the workshop closed?', 'person'],
    ['When did the third meeting take place?', 'date'],
    ['when is the 2021 edition', 'date'],
    ['What were the dates of the sixth meeting?', 'date'],
    ['At what time did the final session end?', 'time'],
    ['What time does it start?', 'time'],
    ['When does the morning session start?', 'time'],
    // A participle after the kind's noun starts the clause, even where the tagger reads it as an adjective.
    ['at what time, closed Porto?', 'time'],
    ['which day, postponed to June?', 'date'],
    ['what city chosen for the next one', 'place'],
    ['Where was the first workshop held?', 'place'],
    ['Which city hosted the 2019 edition?', 'place'],
    ['In which room was it?', 'place'],
    ['Which organization hosted the second workshop?', 'organisation'],
    ['Which agency organised it?', 'organisation'],
    ['Which new commission did the keynote welcome?', 'organisation'],
    ['which committee did the report set up', 'organisation'],
    ['Which council was the paper sent to?', 'organisation'],
    // The last noun of a compound is its head: an organisation's word before it is a modifier.
    ['Who was the Population Division focal point for the 2018 meeting?', 'person'],
    ['who is the statistics office liaison officer', 'person'],
    ['who was the ministry delegate at the first seminar?', 'person'],
    ['What is the symbol of the report?', 'document'],
    ['What is the reference of the letter of invitation?', 'document'],
    ['Which resolution requested the report?', 'document'],
    ['How many people attended?', 'number'],
    ['how many participants were there', 'number'],
    ['What were the three goals?', 'list'],
    ['What topics were on the agenda?', 'list'],
    ['Why was the meeting convened?', 'reason'],
    ['What was the purpose of the workshop?', 'reason'],
    ['Was the 2002 gathering the first of its kind?', 'yesno'],
    ['Did the 2003 meeting cover remittances?', 'yesno'],
    ['Is the fifth workshop hybrid?', 'yesno'],
    ['What happened on the second day?', 'description'],
    ['What does the drill note say about booths?', 'description'],
    ['What did the report conclude?', 'description'],
    ['Which topics did the workshop cover?', 'list'],
    ['At the 3rd meeting, which item gave an update on the Commission?', 'description'],
    // "What" fills the gap after "asked to report": the noun before the verb is the clause's subject.
    ['What were organizations asked to report about their surveys?', 'description'],
    ['what were the agencies invited to submit', 'description'],
    ['Which papers were participants asked to bring?', 'document'],
    ['What were the documents used to prepare the report?', 'document'],
  ])('"%s" expects a %s', (question, kind) => {
    expect(expectedKind(question)).toBe(kind);
  });
});
