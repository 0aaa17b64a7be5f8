import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/knowledge/chunk.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { draftRecords } from '../../src/knowledge/drafting/draft-records.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { SymbolIndex } from '../../src/knowledge/symbol-index.js';
import { buildCatalogue, type Catalogue } from '../../src/question/catalogue.js';
import { parseQuestion } from '../../src/question/question.js';
import { Bm25Index } from '../../src/retrieval/bm25.js';
import { contentTokens } from '../../src/retrieval/tokenize.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

/** A catalogue read from raw pages of a series that calls its meetings "seminars". */
const tempDir = useTempDirs('rapporteur-question');
let catalogue: Catalogue;

async function catalogueOf(pages: Record<string, string>): Promise<Catalogue> {
  const dir = tempDir('knowledge');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(pages)) writeFileSync(path.join(dir, name), text);
  const corpus = await loadCorpus(dir);
  const schedule = buildSchedule(corpus.documents, draftRecords);
  const chunks = corpus.documents.flatMap((d) => chunkDocument(d, schedule));
  const bm25 = new Bm25Index(chunks.map((c) => c.searchText));
  return buildCatalogue(schedule, corpus.documents, new SymbolIndex(corpus.documents), bm25);
}

beforeAll(async () => {
  catalogue = await catalogueOf({
    'one.txt': 'First Seminar on Harbour Safety\n\nAntwerp\n\n3 to 4 May 2019\n\nThe seminar reviewed incident data.',
    'two.txt':
      'Second Seminar on Harbour Safety\n\nRotterdam\n\n14 to 15 September 2021\n\nThe report HSB/SEM/2021/2 was adopted.',
    'three.txt': 'Third Seminar on Harbour Safety\n\nValparaíso\n\n6 to 7 June 2023\n\nPilotage was discussed.',
  });
});

const parse = (text: string) => parseQuestion(text, catalogue);

describe('the question model', () => {
  it.each([
    ['Who opened the second seminar?', [2], 'ordinal'],
    ['who opened the 2nd seminar', [2], 'ordinal'],
    ['Who opened seminar 2?', [2], 'ordinal'],
    ['who opened seminar number two?', [2], 'ordinal'],
    ['What happened at the 2023 seminar?', [3], 'year'],
    ['What was discussed in May 2019?', [1], 'date'],
    ['Where was the Rotterdam seminar held?', [2], 'title'],
    ['hey, what happened at the Valparaíso seminar? thanks', [3], 'title'],
    // "One" stands for the series' noun; a city names its meeting without it.
    ['who opened the 2021 one?', [2], 'year'],
    ['hey, who kicked off the 3rd one?', [3], 'ordinal'],
    ['what was decided at the Rotterdam one', [2], 'title'],
    ['what did the Rotterdam report say about pilotage?', [2], 'title'],
    ['who spoke in Antwerp', [1], 'title'],
    // A bare ordinal that ends the clause, or goes on to a place or a time, stands for the noun too.
    ['thx — what docs were up for the 2nd?', [2], 'ordinal'],
    ['who chaired the third, and when did it start', [3], 'ordinal'],
    ['what was on at the first in Antwerp', [1], 'ordinal'],
    // After an auxiliary, a bare ordinal is the subject of the verb that follows it.
    ['what time does the 3rd start on tuesday', [3], 'ordinal'],
    ['did the 2nd decide anything on pilotage?', [2], 'ordinal'],
    ['will the first have a webcast', [1], 'ordinal'],
    // "Round", like "meeting", names an instance of any series.
    ['who opened the 2nd round?', [2], 'ordinal'],
    ['hey, where was the first round held', [1], 'ordinal'],
    ['round 3: who spoke?', [3], 'ordinal'],
    // So does "gathering".
    ['who opened the 2021 gathering?', [2], 'year'],
    ['hey what happened at the third gathering', [3], 'ordinal'],
    ['gathering 1: where was it?', [1], 'ordinal'],
    // A month no meeting was held in, beside a meeting named by its city, is about something else.
    ["wait, wasn't the Rotterdam one meant for March 2021?", [2], 'title'],
    ['was the Antwerp seminar first planned for april 2019', [1], 'title'],
    ['why did Valparaíso move from May 2023 to June?', [3], 'title'],
    ['What was discussed in March 2020?', [], 'date'],
  ] as const)('resolves "%s" to meeting %j by %s, in the corpus own word', (text, numbers, by) => {
    const q = parse(text);
    expect(q.meetingNumbers).toEqual(numbers);
    expect(q.meetingBy).toBe(by);
  });

  it.each([
    'who chaired the Rotterdam one?',
    'hey who kicked off the 3rd one',
    'who opened the 2021 one and who closed it',
  ])('reads "one" in %j as the series\' own word, so no other word for a meeting is sought in its pages', (text) => {
    const terms = parse(text).terms.map((t) => t.term);
    expect(terms).not.toContain('meet');
    expect(terms).not.toContain('seminar');
  });

  it.each([
    ['who welcomes people at the opening of the 2021 seminar?', ['welcom', 'open']],
    ['hey who greeted the participants in Rotterdam', ['greet']],
    ['who spoke to the delegates about pilotage at the 3rd seminar', ['pilotag']],
  ])('reads the people a person addresses in %j as no term to find', (text, terms) => {
    expect(parse(text).terms.map((t) => t.term)).toEqual(terms);
  });

  it.each([
    ['how many came to the 3rd seminar incl online?', ['onlin']],
    ['how many came to the 3rd seminar, including those online?', ['onlin']],
    ['how many came to the 3rd seminar excluding observers', ['observ']],
  ])('reads a preposition written short or long as no term: %j', (text, terms) => {
    expect(parse(text).terms.map((t) => t.term)).toEqual(terms);
  });

  it('keeps the people asked about when they are all the question asks', () => {
    expect(parse('who were the participants at the 2021 seminar?').terms.map((t) => t.term)).toEqual(['particip']);
  });

  it.each([
    ['2nd day of the 2021 seminar: what was on?', 2],
    ['what happened on the second day of the 2021 seminar', 2],
    ['day 2 of the Rotterdam seminar?', 2],
  ])('reads which day %j asks about', (text, day) => {
    expect(parse(text).dayIndex).toBe(day);
  });

  it.each([
    'What time zone are the times of the second seminar in?',
    'which timezone is the Rotterdam seminar in',
    'hey, what time zone is the 2021 seminar programme given in?',
  ])('reads %j as asking for a time zone, not a time', (text) => {
    const q = parse(text);
    expect(q.expects).toBe('zone');
    expect(q.facts).toContain('timezone');
    expect(q.facts).not.toContain('time');
  });

  it.each([
    ['when is the next seminar?', true],
    ['when is the next one?', true],
    ['next session??', true],
    ['which country was hosting the next forum', false],
    ['who chairs the next panel of the second seminar', false],
    ['what is the next step after the report?', false],
  ])('reads %j as asking for the schedule: %s', (text, next) => {
    expect(parse(text).wantsNext).toBe(next);
  });

  it.each([
    ['Which venue hosted the second seminar?', ['venue']],
    ['what city hosts the 2025 seminar', ['venue']],
    ['which room will host the next seminar', ['venue']],
    ['Who hosted the second seminar?', ['host']],
    ['which organisation is hosting the 2023 seminar', ['host']],
    ['who organised the second seminar?', ['organizer']],
    ['who convened the first seminar', ['organizer']],
  ])(
    'reads a place that hosts as the venue, who hosts as the host and who organises as the organiser: %j',
    (text, facts) => {
      expect(parse(text).facts).toEqual(facts);
    },
  );

  it.each([
    ['what kinds of documents does the page of the second seminar list?', ['documents']],
    ['which papers are on the page for the 2023 seminar', ['documents']],
    ['what documents are on the second seminar page?', ['documents']],
    ['papers for the second seminar: how many pages max?', []],
    ['how long may papers for the second seminar be, 10 pages?', []],
  ])('reads "the page" a meeting has as no length of a paper: %j', (text, facts) => {
    expect(parse(text).facts).toEqual(facts);
  });

  it.each([
    'What year was the Antwerp seminar held?',
    'which month is the Rotterdam seminar in',
    'in what year did the second seminar meet?',
  ])('reads "what year" and "which month" as asking for the dates: %j', (text) => {
    const q = parse(text);
    expect(q.facts).toEqual(['date']);
    expect(q.expects).toBe('date');
  });

  it.each([
    'who opened the inaugural seminar?',
    'the founding seminar - when was it',
    'what did the Inaugural Seminar on Harbour Safety review?',
  ])('reads "inaugural" and "founding" as the first: %j', (text) => {
    expect(parse(text).meetingNumbers).toEqual([1]);
  });

  it.each([
    'Why was the second seminar convened?',
    'why did the port authority organise the 2nd seminar',
    'why was the second seminar hosted in Antwerp? who decided',
  ])('reads "why" over a verb of organising as asking what the meeting was for: %j', (text) => {
    const q = parse(text);
    expect(q.expects).toBe('reason');
    expect(q.facts).not.toContain('organizer');
    expect(q.facts).not.toContain('venue');
  });

  it.each([
    ['The 2021 seminar reviewed incident data, right? who opened it', ['opener']],
    ['the Rotterdam seminar adopted a report? when did it take place', ['date']],
    ['so the 2019 one was in Antwerp. who spoke there?', ['speakers']],
  ])('reads the facts %j asks for from its asking sentence, not its context', (text, facts) => {
    const q = parse(text);
    expect(q.facts).toEqual(facts);
    expect(q.meetingNumbers.length).toBe(1);
  });

  it.each([
    // A day of the month, and ordinals that go on to a noun of their own.
    'what happened on the 3rd?',
    'what is due by the 3rd of May',
    'who spoke on the first and second day',
  ])('reads no meeting into the bare ordinal of %j', (text) => {
    expect(parse(text).meetingNumbers).toEqual([]);
  });

  it.each([
    'How many seminars were there?',
    'how many of these harbour seminars were there altogether',
    'How many of the seminars took place?',
  ])('reads %j as counting the series', (text) => {
    expect(parse(text).countQuestion).toBe(true);
  });

  it.each([
    ['When did the final session of the second seminar end?', -1],
    ['what time did the last sitting start', -1],
    ['Which room was the second session of the 2023 seminar in?', 2],
    ['When is the opening session?', 1],
  ])('reads which session %j asks for', (text, index) => {
    expect(parseQuestion(text, catalogue).sessionIndex).toBe(index);
  });

  it.each([
    ['what time does item three start on 9 april', '3'],
    ['Who spoke under item III of the second seminar?', 'III'],
    ['item 4: who moderated it?', '4'],
  ])('reads the agenda item %j names, in figures or in words', (text, item) => {
    expect(parseQuestion(text, catalogue).agendaItem).toBe(item);
  });

  it('leaves the words that only name the meeting out of its terms', () => {
    const byPlace = parse('Who spoke about pilotage at the Valparaíso seminar?').terms.map((t) => t.term);
    expect(byPlace).toEqual(['pilotag']);
    const byYear = parse('Who spoke about pilotage at the seminar in June 2023?').terms.map((t) => t.term);
    expect(byYear).toEqual(['pilotag']);
  });

  // An initialism the pages never write, made of the title's initials, is the asker's name for the meeting; one with
  // another letter ("IMO") is what the question is about.
  it.each([
    ['who spoke about pilotage at the SHS in June 2023?', ['pilotag']],
    ['who at the HSS in 2023 spoke about pilotage', ['pilotag']],
    ['the SH at Valparaíso - who spoke about pilotage', ['pilotag']],
    ['who spoke about IMO pilotage at the seminar in June 2023?', ['imo', 'pilotag']],
  ])('reads %j with terms %j', (text, terms) => {
    expect(
      parse(text)
        .terms.map((t) => t.term)
        .sort(),
    ).toEqual(terms);
  });

  it.each(['What is HSB/SEM/2021/2?', 'what is hsb/sem/2021/2', 'Tell me about HSB/SEM/2021/2 please'])(
    'finds the corpus own symbol in %j',
    (text) => {
      expect(parse(text).symbols).toEqual(['HSB/SEM/2021/2']);
    },
  );

  it.each([
    ['What were the results of the safety survey?', 'results'],
    ['Which harbour item was on the agenda?', 'item'],
    ['What are the objectives of the third seminar?', 'objectives'],
  ])('reads the head noun of %j', (text, head) => {
    expect(parse(text).head).toBe(head);
  });

  it.each([
    ['How many participants attended the first seminar?', 'particip'],
    ['how many contributed papers were submitted', 'paper'],
    ['How many ships docked in 2021?', 'ship'],
    ['how many came to the first seminar?', 'peopl'],
    ['How many attended in person?', 'peopl'],
    ['how many spoke at the second seminar', 'peopl'],
    ['How many were adopted at the first seminar?', undefined],
  ])('reads what "%s" counts', (text, counted) => {
    expect(parse(text).counted).toBe(counted);
  });

  it.each(['hi', 'help', 'what can you do?'])('reads %j as social, with no question', (text) => {
    expect(parse(text).social).toBe(true);
  });

  it.each([
    '¿Quién inauguró el segundo seminario?',
    'Qui a ouvert le deuxième séminaire ?',
    'Wer hat das zweite Seminar eröffnet?',
  ])('reads %j as another language', (text) => {
    expect(parse(text).foreign).toBe(true);
  });

  it('reads chat wording the same as the plain question', () => {
    const plain = parse('Who opened the second seminar?');
    const chat = parse('hey quick q - who opened the 2nd seminar?? thx 🙏');
    expect(chat.meetingNumbers).toEqual(plain.meetingNumbers);
    expect(chat.expects).toBe(plain.expects);
    expect(chat.terms.map((t) => t.term)).toEqual(plain.terms.map((t) => t.term));
  });

  it.each([
    ['What time did the sittings of the second seminar run?', 'run', 'sit'],
    ['When did the talks of the 2nd seminar end?', 'end', 'talk'],
    ['At what time did the panels of seminar 3 finish?', 'finish', 'panel'],
  ])(
    'reads the verb after a named meeting as a verb, which weighs nothing where the corpus never uses it: %j',
    (text, verb, noun) => {
      const terms = parse(text).terms.map((t) => t.term);
      expect(terms).toContain(noun);
      expect(terms).not.toContain(verb);
    },
  );

  it.each([
    ['How many papers were submitted to the second seminar?', 'paper'],
    ['from how many ports, inspectors came to the 2nd seminar?', 'port'],
    ['how many countries: the Rotterdam seminar?', 'countri'],
  ])('counts the noun after "how many", and "how many" is no term: %j', (text, counted) => {
    const q = parse(text);
    expect(q.counted).toBe(counted);
    expect(q.terms.map((t) => t.term)).not.toContain('mani');
  });
});

describe("a meeting's month as what is asked about", () => {
  const september = contentTokens('September')[0] ?? '';

  it.each([
    'why was the Rotterdam seminar in September?',
    'why september for the rotterdam one',
    'the 2nd seminar - why did they pick September?',
  ])('keeps the month of a meeting named by its place or number among the terms: %j', (text) => {
    expect(parse(text).terms.map((t) => t.term)).toContain(september);
  });

  it('drops the month that, with its year, names the meeting', () => {
    const q = parse('who opened the September 2021 seminar?');
    expect(q.meetingNumbers).toEqual([2]);
    expect(q.terms.map((t) => t.term)).not.toContain(september);
  });
});

describe('meetings placed against the present', () => {
  const at = (iso: string) => (text: string) => parseQuestion(text, catalogue, new Date(iso));

  it.each([
    'who opens the next seminar?',
    "what's on the agenda at the upcoming seminar",
    'hey, who is organising the coming seminar? thanks',
  ])('reads the next meeting as the first one not yet over: %j', (text) => {
    expect(at('2022-03-01T12:00:00Z')(text).meetingNumbers).toEqual([3]);
  });

  it.each([
    'who opened the last seminar?',
    'what did the previous seminar adopt',
    'who spoke at the most recent seminar?',
  ])('reads the last or previous meeting as the latest one already over: %j', (text) => {
    expect(at('2022-03-01T12:00:00Z')(text).meetingNumbers).toEqual([2]);
  });

  it.each([
    ["when was last year's seminar?", '2022-06-01T00:00:00Z', [2]],
    ["who opened this year's seminar", '2023-01-10T00:00:00Z', [3]],
    ['the seminar last year - who spoke?', '2020-02-02T00:00:00Z', [1]],
  ])('reads %j by the year it names against now (%s)', (text, now, numbers) => {
    expect(at(now)(text).meetingNumbers).toEqual(numbers);
  });

  it.each(['when is the next seminar?', 'where will the next seminar be held'])(
    'leaves %j, asked of the schedule, to the schedule',
    (text) => {
      const q = at('2022-03-01T12:00:00Z')(text);
      expect(q.meetingBy).toBe('none');
      expect(q.wantsNext).toBe(true);
    },
  );

  it('names no meeting for a year with none: "who opened last year\'s seminar" in 2021', () => {
    expect(at('2021-01-05T00:00:00Z')("who opened last year's seminar").meetingNumbers).toEqual([]);
  });
});

describe('a year beside a city', () => {
  let twice: Catalogue;
  beforeAll(async () => {
    // Rotterdam hosts two of the seminars, so the city alone names neither.
    twice = await catalogueOf({
      'one.txt': 'First Seminar on Harbour Safety\n\nRotterdam\n\n3 to 4 May 2019\n\nIncident data were reviewed.',
      'two.txt': 'Second Seminar on Harbour Safety\n\nAntwerp\n\n14 to 15 September 2021\n\nTugs were discussed.',
      'three.txt': 'Third Seminar on Harbour Safety\n\nRotterdam\n\n6 to 7 June 2023\n\nPilotage was discussed.',
    });
  });

  it.each([
    ['venue and room for rotterdam 2023?', [3]],
    ['who spoke at Rotterdam 2019', [1]],
    ['hey, what was on the agenda in rotterdam (2023)?', [3]],
  ] as const)('names the meeting held there that year: %j', (text, numbers) => {
    expect(parseQuestion(text, twice).meetingNumbers).toEqual(numbers);
  });

  it('names none for a year no meeting was held there', () => {
    expect(parseQuestion('what was decided at Rotterdam 2021?', twice).meetingNumbers).not.toEqual([2]);
  });
});
