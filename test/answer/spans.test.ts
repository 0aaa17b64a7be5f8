import { describe, expect, it } from 'vitest';
import { givenBy, holdsSpan, statesCause, statesEnd } from '../../src/answer/spans.js';

describe('spans of the kind a question expects', () => {
  it.each([
    ['date', 'The workshop took place on 9 April 2019.'],
    ['date', 'Monday, 16 November 2009'],
    ['date', 'It was held in October 2005.'],
    ['time', '09.00 – 12.30'],
    ['time', 'The session runs 10 a.m.–1 p.m.'],
    ['time', 'Resumes at 15.00 hrs'],
    ['person', 'I. Opening · Hania Zlotnik, Director, Population Division'],
    ['person', 'The keynote was given by Mr. Bela Hovy.'],
    ['person', 'Moderator: Professor Anna Kowalska'],
    ['person', 'The meeting was chaired by Director Keoni Makoa.'],
    ['person', 'Talia Brennan, the Rapporteur, read the report.'],
    // A role's label holds the name after it, words compromise takes for a place ("Marsh") and all.
    ['person', 'Rapporteur: Tavita Fonoti-Marsh (Southern Alps Search Dogs).'],
    ['person', 'Moderator: Aroha Brook-Hill'],
    ['person', 'Block B — Convenor: Wiremu Lake-Ford'],
    ['place', 'On the second afternoon participants visited the Ülenurme wildflower meadows.'],
    ['place', 'Field visit: the plane trees of Avenida da Boavista'],
    ['place', 'The group toured the old harbour of Valletta.'],
    ['person', 'Participants elected Ivo Lindqvist of Sweden as Chair until the next round.'],
    ['person', 'The forum appointed Amara Nwosu from the Lagos Water Board as Rapporteur.'],
    ['person', 'Keoni Makoa of the Pacific Institute, Moderator, opened the debate.'],
    ['place', 'It met in Conference Room 6.'],
    ['place', 'Papers go to papers@example.org.'],
    ['place', 'The venue is the Palais des Nations.'],
    ['place', 'The forum was hosted by the Government of Belgium.'],
    ['place', 'It is run by the City of Kraków Parks Board.'],
    ['date', 'Every later meeting took place in February.'],
    ['organisation', 'It was organized by the Statistics Division.'],
    ['number', 'About 120 participants attended.'],
    ['number', 'Note No. 5819'],
    ['document', 'The report XYZ/WS/2019/3 was adopted.'],
  ] as const)('finds a %s in %j', (kind, text) => {
    expect(holdsSpan(kind, text)).toBe(true);
  });

  it.each([
    ['date', 'The workshop discussed water accounts.'],
    ['time', 'Morning session'],
    ['person', 'Opening of the meeting'],
    // A role beside an institution, not beside a name.
    ['person', 'The President of the General Assembly will convene a debate in May.'],
    ['person', 'A note from the Director of the Statistics Division.'],
    ['person', 'Commissioner for the Global Forum sessions'],
    ['person', 'The Kingdom of Norway, as Chair, opened the session.'],
    ['number', 'The objectives are listed below.'],
    // A month or a weekday after "in" or "at" is no place.
    ['place', 'The sessions resume in February.'],
    ['place', 'Participants visited the exhibition on tree health.'],
    ['place', 'Talks end on Friday and resume in March.'],
    ['place', 'It opens at Monday sessions only.'],
  ] as const)('finds no %s in %j', (kind, text) => {
    expect(holdsSpan(kind, text)).toBe(false);
  });

  it('takes neither a year the question states nor one inside a name for a date of the answer', () => {
    const given = givenBy('When was the Safety Week 2024?');
    expect(holdsSpan('date', 'The Board ran a Safety Week 2024 for crews.', undefined, undefined, given)).toBe(false);
    expect(holdsSpan('date', 'It ran from 1 to 5 July 2024.', undefined, undefined, given)).toBe(true);
    expect(holdsSpan('date', 'A second week followed in 2025.', undefined, undefined, given)).toBe(true);
    // A year joined to a word by a hyphen names something.
    expect(holdsSpan('date', 'It looked at the post-2015 agenda.')).toBe(false);
    expect(holdsSpan('date', 'It set pre-2030 targets.')).toBe(false);
    expect(holdsSpan('date', 'It covered 2015-2018.')).toBe(true);
  });

  it('counts only the thing asked for', () => {
    expect(holdsSpan('number', 'Papers of no more than four pages.', undefined, 'paper')).toBe(false);
    expect(holdsSpan('number', 'Some 30 papers were received.', undefined, 'paper')).toBe(true);
    expect(holdsSpan('number', 'About 120 registered participants came.', undefined, 'particip')).toBe(true);
    // The day of a date counts nothing, however near the counted word stands.
    expect(holdsSpan('number', 'Set for 3 and 4 October 2013, participants will meet.', undefined, 'particip')).toBe(
      false,
    );
    expect(holdsSpan('number', 'On 21 February, papers were read.', undefined, 'paper')).toBe(false);
    expect(holdsSpan('number', 'By 2014 papers were due.', undefined, 'paper')).toBe(true);
  });

  it.each([
    ['Seventy-four participants from twenty-six member cities took part.', 'Participants from many cities.', 'citi'],
    ['Delegates came from thirty-one cities.', 'Delegates came from cities far away.', 'citi'],
    ['It drew people from nineteen countries.', 'It drew people from several regions.', 'countri'],
  ])('reads a count written in words: %j', (text, without, counted) => {
    expect(holdsSpan('number', text, undefined, counted)).toBe(true);
    expect(holdsSpan('number', without, undefined, counted)).toBe(false);
  });

  it.each([
    ['The forum moved online because of travel restrictions.', true],
    ['It was postponed due to the census.', true],
    ['The date changed in order to avoid the holidays.', true],
    ['The forum moved online in 2021.', false],
    ['It was postponed to February.', false],
  ])('reads whether %j gives a cause', (text, cause) => {
    expect(statesCause(text)).toBe(cause);
  });

  it.each([
    ['19:00–21:00 Welcome dinner', true],
    ['The Chair closed the seminar at 4.45 pm.', true],
    ['Talks run until 6 p.m. each day.', true],
    ['19:00 Welcome dinner', false],
    ['The dinner starts at 7 pm.', false],
  ])('reads whether %j says when something ends', (text, end) => {
    expect(statesEnd(text)).toBe(end);
  });
});

describe('people with double-barrelled or inner-capital surnames', () => {
  it.each([
    'Welcome address · Baptiste Lemaître-Sow, Vice-President, Angers Loire Métropole',
    'Chair: Agnieszka Wróblewska-Nowak',
    'Fiona MacLachlan-Reid, Director, Harbour Office',
  ])('finds a person in %j', (text) => {
    expect(holdsSpan('person', text, undefined)).toBe(true);
  });
});
