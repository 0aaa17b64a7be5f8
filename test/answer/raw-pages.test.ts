import { describe, expect, it } from 'vitest';
import { useEngineOver } from '../helpers/page-engine.js';

/**
 * The answer path on a series it has never seen, from raw pages only (no front matter): a fictional harbour
 * authority's "seminars" with its own symbol scheme. Questions are asked as people write in chat.
 */

const PAGES: Record<string, string> = {
  'seminar-2-2021.txt': [
    'Second Seminar on Harbour Safety',
    '',
    'Rotterdam',
    '',
    '14 to 15 September 2021',
    '',
    'The Harbour Safety Board is holding the Second Seminar on Harbour Safety in response to decision HSB/DEC/2020/4.',
    '',
    'Programme',
    '',
    'Tuesday, 14 September 2021',
    '09.30 – 12.00',
    'Morning sitting',
    '',
    'I. Opening of the seminar',
    '',
    '  • Marta Oliveira, Chief Inspector, Harbour Safety Board',
    '',
    'II. Review of incident data for 2020',
    '',
    'Wednesday, 15 September 2021',
    '14.00 – 16.30',
    'Afternoon sitting',
    '',
    'III. Pilotage in heavy weather',
  ].join('\n'),
  'seminar-4-2024.txt': [
    'Fourth Seminar on Harbour Safety',
    '',
    'Lisbon',
    '',
    '12 to 13 March 2024',
    '',
    'Tuesday, 12 March 2024',
    '10.00 – 12.30',
    '',
    'I. Keynote address on port state control',
    '  • Kofi Mensah, Harbour Master, Port of Tema. The recovered text of this item is cut off.',
  ].join('\n'),
  'seminar-4-news.md': [
    '# Lisbon seminar looks at port state control',
    '',
    'Some 60 inspectors met in Lisbon on 12–13 March 2024 for the Fourth Seminar on Harbour Safety.',
    '',
    '## Topics',
    '',
    '- new inspection data from the Atlantic ports',
    '- **ballast water**',
    '- how fatigue, weather and night shifts are linked',
    '',
    'The findings on these topics will go to the Harbour Safety Board in June.',
  ].join('\n'),
  'seminar-5-letter.txt': [
    'HARBOUR SAFETY BOARD',
    '',
    'Fifth Seminar on Harbour Safety, Hamburg, 3 to 4 November 2025',
    '',
    'Dear colleague,',
    '',
    'Each port authority is invited to contribute a short paper on its pilotage records. Please send it to the',
    'secretariat by Friday, 10 October 2025, in the template attached.',
  ].join('\n'),
  'seminar-5-2025.txt': [
    'Fifth Seminar on Harbour Safety',
    '',
    'Hamburg',
    '',
    '3 to 4 November 2025',
    '',
    'All times in the programme are Central European Time (CET, UTC+1).',
    '',
    '## Objectives',
    '',
    'The objectives of the seminar are: (a) to compare incident reporting across ports; (b) to agree on a common ' +
      'format for near-miss reports; and (c) to review, with the Harbour Safety Board, how ports use drones.',
    '',
    "Its results will feed the Board's yearly digest for the transport ministers.",
    '',
    'Port authorities that keep a register of near misses have been requested to send the following details:',
    '',
    '  • Name of the register.',
    '  • Years covered by the register.',
    '  • Number of entries per year.',
    '',
    'Documents',
    '',
    'Working papers',
    '',
    'Background notes',
  ].join('\n'),
  'seminar-6-2026.txt': [
    'Sixth Seminar on Harbour Safety',
    '5 to 6 May 2026',
    '',
    'Venue: Casa do Infante, Rua da Alfândega 10, Porto — Sala Douro',
    'Host: Porto Harbour Office',
    'All times are Porto local time (WEST, UTC+1). Talks are in English with',
    'Portuguese interpretation.',
    '',
    'Tuesday, 5 May 2026',
    '10:00 – 11:00 Item 1. Harbour plans for 2040 · Dr. Rui Matos, Porto Harbour Office',
    '',
    'Norway has offered to hold the seventh seminar in Room 12 of the Bergen Hall.',
  ].join('\n'),
  'seminar-6-closing.md': [
    '# Porto seminar ends with a drone code',
    '',
    'The Sixth Seminar on Harbour Safety ended on 6 May 2026. Some 58 inspectors took part, from 19 ports.',
    'Participants elected Ivo Lindqvist of Sweden as Chair until the eighth seminar.',
    '',
    'Norway will host the seventh seminar. The Chair closed the seminar at 4.45 pm.',
    '',
    '## Dates',
    '',
    'The sixth seminar was moved from March to May.',
    '',
    'The move to May was requested by the host because its conference hall was being rebuilt.',
  ].join('\n'),
  'series-overview.md': [
    '# The Harbour Safety Seminars',
    '',
    'The seminars met in Antwerp in 2019, in Rotterdam in 2021 and in Valparaíso in 2023.',
    '',
    '## Conclusions',
    '',
    'Conclusions were adopted and published in full, with the recommendations on pilotage.',
    '',
    '## Speakers',
    '',
    'The welcome address on tug safety was given by Dr. Ana Ruiz, Chair of the Harbour Board.',
    '',
    '## Port Safety Week 2024',
    '',
    'The Board also ran a Port Safety Week 2024 for dock crews. It took place from 1 to 5 July 2024 and was ' +
      'convened under decision HSB/DEC/2023/9. The page does not say how many crews took part.',
    '',
    "The Board's yearly digest for the transport ministers comes out every December.",
  ].join('\n'),
  'seminar-3-2023.html': [
    '<html><head><title>Third Seminar on Harbour Safety</title></head><body>',
    '<nav>Home | Seminars | Contact</nav><main>',
    '<h1>Third Seminar on Harbour Safety</h1>',
    '<p>The Third Seminar on Harbour Safety met in Valparaíso from 6 to 7 June 2023.</p>',
    '<table><tr><th>Time</th><th>Item</th><th>Speaker</th></tr>',
    '<tr><td>10:00 – 11:00</td><td>Opening</td><td>Dr. Tomás Vidal, Director, Port Authority</td></tr>',
    '<tr><td>11:30 – 13:00</td><td>Mooring lines and fatigue</td><td>Ms. Ines Berg</td></tr></table>',
    '<p>About 45 participants attended. The report is HSB/SEM/2023/2.</p>',
    '<p>The seminar was not streamed online. Interpretation into Spanish was provided in every sitting.</p>',
    '<p>On 6 June, the seminar heard reports from harbour pilots. On 7 June, participants visited the container terminal.</p>',
    '</main></body></html>',
  ].join('\n'),
};

describe('answers from raw pages of another series', () => {
  const engine = useEngineOver(PAGES);

  it.each(['Who opened the second seminar?', 'hey, who opened the 2nd seminar? thanks!', 'who opened seminar 2'])(
    'names who opened it from the agenda line, never "not recorded": %j',
    async (question) => {
      const a = await engine().ask(question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('Marta Oliveira');
      expect(a.answer).not.toMatch(/do not record/);
      expect(a.sources[0]?.path).toBe('seminar-2-2021.txt');
    },
  );

  it.each([
    'What time did the afternoon sitting of the second seminar start?',
    'when does the afternoon sitting of the 2nd seminar start',
    'Second seminar: what time did the afternoon sitting begin?',
  ])('reads a session time with its day: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/14[.:]00/);
  });

  it.each([
    'When did the final session of the second seminar end?',
    'what time did the last sitting of the 2nd seminar finish',
    'Second seminar: when did its closing session end?',
  ])('reads which session is the last from the programme the page gives: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/16[.:]30/);
    expect(a.answer).not.toMatch(/12[.:]00/);
    expect(a.sources[0]?.path).toBe('seminar-2-2021.txt');
  });

  it.each([
    'What were the daily hours of the second seminar?',
    'what hours did the 2nd seminar run each day',
    'Second seminar: what were its session times?',
  ])('gives the session hours the programme states, whatever modifies the question: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/09:30–12:00/);
    expect(a.answer).toMatch(/14:00–16:30/);
  });

  it.each([
    ['Was the third seminar streamed online?', 'No.'],
    ['hey, was the 2023 seminar streamed online?', 'No.'],
    ['Hi! Was the Valparaíso seminar streamed online? thanks', 'No.'],
    ['Was interpretation into Spanish provided at the third seminar?', 'Yes.'],
    ['did the 3rd seminar have Spanish interpretation', 'Yes.'],
    ['Was there interpretation into Spanish at the Valparaíso seminar?', 'Yes.'],
  ])('gives a yes/no question its verdict when the quote fully speaks to it: %j', async (question, verdict) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer.startsWith(verdict)).toBe(true);
    expect(a.answer).toMatch(/streamed online|Interpretation into Spanish/);
  });

  it.each([
    'What happened on the second day of the third seminar?',
    'what did the 2023 seminar do on day two',
    'Third seminar, the last day: what was on?',
  ])(
    'reads the day asked about from a sentence that names it, on a page with no day headings: %j',
    async (question) => {
      const a = await engine().ask(question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('container terminal');
      expect(a.answer).not.toContain('harbour pilots');
    },
  );

  it.each(['Who is Kofi Mensah?', 'hi, what is Kofi Mensah’s role?', 'who gave the keynote on port state control'])(
    'answers from a line that also notes a gap elsewhere: %j',
    async (question) => {
      const a = await engine().ask(question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('Harbour Master');
    },
  );

  it.each([
    'Who gave the welcome address on tug safety at the third seminar?',
    'third seminar: who welcomed everyone with the address on tug safety?',
    'who gave the 2023 seminar welcome address on tug safety',
  ])('does not answer for one meeting from a series page line that does not name it: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answer).not.toContain('Ana Ruiz');
  });

  it.each([
    'Who spoke on mooring lines at the third seminar?',
    'who presented mooring lines and fatigue at the 2023 seminar?',
    'at the Valparaíso seminar, who talked about mooring lines?',
  ])('reads a table row with its column labels: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ines Berg');
  });

  it.each([
    'What is the symbol of the report of the third seminar?',
    "what's the report's symbol for the 2023 seminar",
    'Which symbol does the report of the Valparaíso seminar carry?',
  ])('answers a question for a symbol with the symbol: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('HSB/SEM/2023/2');
  });

  it.each([
    'What were port authorities asked to send about their near-miss registers for the fifth seminar?',
    'fifth seminar: what were the authorities requested to send on their near miss registers?',
    'what were port authorities invited to share about near-miss registers at the 2025 seminar',
  ])('quotes the list a lead-in introduces, not a line that merely shares its words: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Years covered by the register');
    expect(a.answer).not.toContain('drones');
  });

  it.each([
    'What did the fifth seminar conclude about near-miss reports?',
    'what were the conclusions of the 2025 seminar on near-miss reports',
    'Hamburg seminar: what was decided on the format for near-miss reports?',
  ])('does not pass off what a page introduces as objectives for conclusions: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('drones');
  });

  it.each([
    'What inspection topics were covered at the fourth seminar?',
    'hey, what were the topics at the lisbon seminar?',
    'what topics did the 2024 seminar go through',
  ])('quotes the whole list under the heading that names what was asked: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('ballast water');
    expect(a.answer).toContain('night shifts');
  });

  it.each([
    'how many ppl came to the lisbon seminar',
    'How many people attended the fourth seminar, and from where?',
    '4th seminar - how many people were there?',
  ])('counts the people however the page reports attendance: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/\b60\b/);
  });

  it.each([
    'deadline for papers for the fifth seminar?',
    'by when must port authorities send their paper for the 2025 seminar',
    'until what date can port authorities send a paper for the Hamburg seminar?',
  ])('quotes the next sentence of the paragraph when it holds the date asked for: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10 October 2025');
  });

  it.each([
    'What will the results of the fifth seminar be used for?',
    'hamburg seminar results go into which digest',
    'the 2025 seminar: what are its results to be used for',
  ])('quotes a sentence under the objectives that speaks of the results it was asked for: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('yearly digest for the transport ministers');
  });

  it.each([
    'Which documents are listed for the fifth seminar?',
    'what docs are listed for the 2025 seminar',
    'Hamburg seminar: what documents are there?',
  ])('reads short lines under a heading, with nothing under them, as its list: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Working papers');
    expect(a.answer).toContain('Background notes');
  });

  it.each([
    'What time zone are the times of the fifth seminar given in?',
    'which timezone is the Hamburg seminar in',
    'hey, what time zone is the 2025 seminar programme in?',
  ])('quotes the time zone the page states: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Central European Time (CET, UTC+1)');
  });

  it.each([
    'What time zone is the second seminar in?',
    'which timezone are the 2021 seminar times in',
    'Rotterdam seminar: what time zone?',
  ])('does not give a zone the pages do not state: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answer).not.toMatch(/UTC[+−-]|Time \(/);
  });

  it.each([
    'When was the Port Safety Week 2024?',
    'hey when did the port safety week 2024 happen',
    'port safety week 2024: what dates?',
  ])('reads "It …" as what the sentence before spoke of, not the year in a name as a date: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1 to 5 July 2024');
    expect(a.answer).toContain('The Board also ran a Port Safety Week 2024');
  });

  it.each([
    'Which decision convened the Port Safety Week 2024?',
    'what decision was port safety week 2024 convened under',
    'hey, under which decision was the 2024 port safety week convened? thx',
  ])('quotes "It …" with the sentence that says what "it" is: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('HSB/DEC/2023/9');
    expect(a.answer).toContain('The Board also ran a Port Safety Week 2024');
  });

  it.each([
    'In which month does the yearly digest come out?',
    'when is the boards yearly digest published',
    'what month is the digest for transport ministers out?',
  ])('takes a month as a date: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('every December');
  });

  it.each(['Which room is the sixth seminar in?', 'what room is the porto seminar in', 'the 6th seminar: room?'])(
    'does not give the room of the seminar a sentence of its page is about: %j',
    async (question) => {
      const a = await engine().ask(question);
      expect(a.answer).not.toContain('Room 12');
    },
  );

  it.each(['what tz is the sixth seminar in', 'porto seminar tz?', 'which tz are the 2026 seminar times in'])(
    'reads "tz" as time zone: %j',
    async (question) => {
      const a = await engine().ask(question);
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('WEST, UTC+1');
    },
  );

  it.each([
    'Who talks on harbour plans for 2040 at the Porto seminar?',
    'who is presenting the harbour plans for 2040 in porto',
    'porto seminar: who speaks about plans for 2040?',
  ])('does not take a year no seminar was held in for a seminar: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Rui Matos');
  });

  it.each([
    'Who chaired the sixth seminar, and at what time was it closed?',
    'who was chair at the 6th seminar and what time did they close it',
    'Sixth seminar: who chaired it? And at what time did the chair close it?',
  ])('answers each part of a question that asks two things: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    // The chair is named beside "until the eighth seminar", which dates the term and is no other seminar's fact.
    expect(a.answer).toContain('Ivo Lindqvist');
    expect(a.answer).toContain('4.45 pm');
    expect(a.sources.map((s) => s.path)).toContain('seminar-6-closing.md');
  });

  it.each([
    'How many inspectors took part in the sixth seminar, and from how many ports?',
    'how many ppl came to the 6th seminar and from how many ports',
    'Sixth seminar: how many participants, and from how many ports?',
  ])('counts the ports as well as the people: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('58');
    expect(a.answer).toContain('19 ports');
  });

  it.each([
    'From how many ports did inspectors come to the sixth seminar?',
    'how many ports were at the 6th seminar',
    'Sixth seminar: number of ports represented?',
  ])('does not give the number of people for a count of something else: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answer).not.toMatch(/About 58 people/);
    if (a.answered) expect(a.answer).toContain('19 ports');
  });

  it.each([
    'Why was the sixth seminar moved to May?',
    'hey why did the 6th seminar move to may',
    'Sixth seminar: what was the reason for the move to May?',
  ])('answers "why" with the sentence that gives the cause: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('being rebuilt');
  });

  it('resolves the corpus own symbols', async () => {
    const a = await engine().ask('What is HSB/SEM/2023/2?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('HSB/SEM/2023/2');
    // Its pages link no symbol anywhere, so none gets a link made up from another series' site.
    expect(a.answer).not.toMatch(/Link:|https?:\/\//);
    expect(engine().schedule().symbolUrlTemplate).toBeUndefined();
  });

  it.each([
    'Who chaired the second seminar?',
    'Who moderated item III of the second seminar?',
    'How many participants attended the second seminar?',
    'Who chaired the second seminar, and at what time did it close?',
  ])('declines what the pages do not hold: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/couldn't find/);
  });

  it.each(['hi', 'help', 'what can you do?'])('answers %j with help made from this corpus', async (question) => {
    const a = await engine().ask(question);
    expect(a.intent).toBe('help');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/seminar/);
    expect(a.answer).not.toMatch(/coordination meeting/i);
  });

  it('says it answers in English when asked in another language', async () => {
    const a = await engine().ask('¿Quién inauguró el segundo seminario de seguridad portuaria?');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/English/);
  });
});

/** A programme gives the closing slot; the report says when the seminar did close, that same day. */
const CLOSING_PAGES: Record<string, string> = {
  'seminar-9-programme.txt': [
    'Ninth Seminar on Harbour Safety',
    'Tallinn, 7 to 8 October 2027',
    '',
    'Thursday, 7 October 2027',
    '09.30 – 12.30',
    'I. Opening of the seminar',
    '',
    'Friday, 8 October 2027',
    '11.30 – 12.30',
    'II. Adoption of the conclusions and closing of the seminar',
    '  • Ivo Lindqvist, Chair',
  ].join('\n'),
  'seminar-9-report.txt': [
    'Report of the Ninth Seminar on Harbour Safety',
    '',
    '1. The Ninth Seminar on Harbour Safety was held in Tallinn from 7 to 8 October 2027.',
    '',
    '2. After adopting its conclusions, the seminar was closed by the Chair at 12.50 on Friday 8 October 2027.',
  ].join('\n'),
};

describe('a time the pages state for a day the question names', () => {
  const engine = useEngineOver(CLOSING_PAGES);

  it.each([
    'what time did the 9th seminar close on the last day?',
    'On its final day, at what time was the ninth seminar closed?',
    'seminar 9 - what time did it close on day 2',
  ])('beats the programme slot of a drafted record when it states that day: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12.50');
    expect(a.sources[0]?.path).toBe('seminar-9-report.txt');
  });

  it('leaves the programme to answer for a day the report does not state', async () => {
    const a = await engine().ask('what time did the ninth seminar start on the first day?');
    expect(a.answer).toMatch(/09[.:]30/);
  });
});

/** A report paragraph that leads into a lettered list of its own. */
const LIST_PAGES: Record<string, string> = {
  'seminar-9-report.txt': [
    'Report of the Ninth Seminar on Harbour Safety',
    '',
    '1. The Ninth Seminar on Harbour Safety was held in Tallinn from 7 to 8 October 2027. It was opened at 09.15',
    '   on 7 October by the Chair.',
    '',
    '2. The seminar set up two working groups to report to the tenth seminar:',
    '    (a) Working Group A on pilot rosters, led by Estonia;',
    '    (b) Working Group B on tug escort rules, led by Ghana.',
    '',
    '3. The seminar closed at noon.',
  ].join('\n'),
  'seminar-9-news.md': [
    '# Tallinn seminar ends with a charter',
    '',
    'Delegates of the Ninth Seminar on Harbour Safety signed the "safe berths for all" charter, under which member',
    'ports will publish their night pilotage rules and share incident logs every quarter.',
  ].join('\n'),
};

describe('a list under its lead-in, and a name quoted in the question', () => {
  const engine = useEngineOver(LIST_PAGES);

  it.each([
    'Which countries lead the two working groups set up at the ninth seminar?',
    "hey, which countries lead the 9th seminar's working groups?",
    'Ninth seminar: which countries lead its two working groups',
  ])('is quoted whole, with every item: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('led by Estonia');
    expect(a.answer).toContain('led by Ghana');
    expect(a.answer).not.toContain(';.');
  });

  it.each([
    'what time did the 9th seminar start on day one?',
    'When did seminar 9 begin on its first day',
    'hey what time did the ninth seminar open on day 1',
  ])('reads a start the report states, with no other word to find and no programme: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answer).toMatch(/09[.:]15/);
  });

  // Every word of the quoted name is common in the series; the name, whole, is what the question is about.
  it.each([
    'What does the "safe berths for all" charter commit ports to?',
    'what does the “safe berths for all” charter oblige member ports to do',
    'hey, the "safe berths for all" charter, what does it make ports do?',
  ])('reads a name the asker quotes as one specific term: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('night pilotage rules');
  });
});

/** A seminar postponed and moved: what was planned is stated only in the words of the change. */
const CHANGE_PAGES: Record<string, string> = {
  'seminar-11-programme.txt': [
    'Eleventh Seminar on Harbour Safety',
    '',
    'Gdynia, 3 to 4 March 2028',
    '',
    'Pilot House, Room 2',
    '',
    'Friday, 3 March 2028',
    '09.30 – 12.00',
    'I. Opening of the seminar',
  ].join('\n'),
  'seminar-11-notice.md': [
    '# Eleventh seminar postponed to March 2028',
    '',
    'The Eleventh Seminar on Harbour Safety, planned for 6–7 November 2027 in the Old Customs Hall, will now be held',
    'on 3 and 4 March 2028 at Pilot House.',
    '',
    'The Old Customs Hall is closed for repairs: a fire in its archive wing damaged the wiring in September.',
    '',
    'Registration stays open until 1 February 2028.',
  ].join('\n'),
};

describe('a meeting postponed and moved', () => {
  const engine = useEngineOver(CHANGE_PAGES);

  it.each([
    'what were the original dates of the 11th seminar?',
    'when was seminar 11 first supposed to take place',
    'hey, the eleventh seminar was pushed back, right? from when?',
  ])('answers what was planned from the page that states the change, not the record: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6–7 November 2027');
    expect(a.sources[0]?.path).toBe('seminar-11-notice.md');
  });

  it.each([
    'which hall was the 11th seminar initially meant to be in?',
    'was seminar 11 originally going to be somewhere else? where',
    'where was the eleventh seminar supposed to be held originally',
  ])('answers where it was planned: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Old Customs Hall');
  });

  it.each([
    'why was the 11th seminar moved?',
    'why did seminar 11 get postponed',
    'hey why was the eleventh seminar rescheduled?',
  ])('explains the change with the sentence after the one that states it: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('fire in its archive wing');
  });

  it('answers a question about the dates with the dates it is held on', async () => {
    const a = await engine().ask('when is the 11th seminar?');
    expect(a.answer).toMatch(/3(?:–| and | to )4 March 2028/);
  });
});

/** A series that calls its meetings "plenaries", a word the engine is not given. */
const PLENARY_PAGES: Record<string, string> = {
  'plenary-1.md': [
    '# First Harbour Plenary',
    '',
    'Gdynia, 3–4 March 2026',
    '',
    'The plenary was opened by Ms. Anna Nowak, Director, Gdynia Port Authority.',
  ].join('\n'),
  'plenary-2.md': [
    '# Second Harbour Plenary',
    '',
    'Klaipėda, 9–10 March 2027',
    '',
    'The plenary was opened by Mr. Jonas Petrauskas, Director, Klaipėda Port Authority.',
  ].join('\n'),
};

describe('a series whose own word for its meetings the engine learns', () => {
  const engine = useEngineOver(PLENARY_PAGES);

  it.each(['when was the second plenary?', 'hey when is plenary 2', 'the 2nd harbour plenary, when was it held?'])(
    'finds the meeting named with that word: %j',
    async (question) => {
      const a = await engine().ask(question);
      expect(a.answered).toBe(true);
      expect(a.answer).toMatch(/9(?:–| to )10 March 2027/);
    },
  );

  it('tells the meetings apart by their numbers', async () => {
    const a = await engine().ask('who opened the first plenary?');
    expect(a.answer).toContain('Anna Nowak');
    expect(a.answer).not.toContain('Petrauskas');
  });
});

/** A series whose symbols have no slash ("ICC 3 Doc 2 Rev.1"): which shape is a symbol is learned from its pages. */
const PAPER_PAGES: Record<string, string> = {
  'colloquium-3-documents.html': `<html><head><title>Third Colloquium: documents</title></head><body>
<h1>Documents of the Third Inland Canals Colloquium</h1>
<p>Utrecht, 4–5 May 2027</p>
<table>
<tr><th>Symbol</th><th>Title</th></tr>
<tr><td>ICC 3 Doc 1</td><td>Provisional agenda</td></tr>
<tr><td>ICC 3 Doc 2</td><td>Lock maintenance backlog: survey results</td></tr>
<tr><td>ICC 3 Doc 3</td><td>Draft guidance on towpath access</td></tr>
</table></body></html>`,
  'colloquium-3-notes.md': [
    '# Third Inland Canals Colloquium: practical notes',
    '',
    'The survey, ICC 3 Doc 2 Rev.1, replaces the version issued in March.',
  ].join('\n'),
  'colloquium-2-report.txt': [
    'Second Inland Canals Colloquium',
    '',
    'Ghent, 8–9 June 2026',
    '',
    'The colloquium adopted its agenda, ICC 2 Doc 1, and took note of ICC 2 Doc 4 on dredging.',
  ].join('\n'),
};

describe('a series whose document symbols have no slash', () => {
  const engine = useEngineOver(PAPER_PAGES);

  it.each([
    'hey what is the symbol of the provisional agenda of the third colloquium?',
    "whats the symbol for the 3rd colloquium's provisional agenda",
    'which document is the provisional agenda of colloquium 3?',
  ])('gives the symbol a documents table prints: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('ICC 3 Doc 1');
  });

  it('knows a symbol the question names, however it is typed', async () => {
    const a = await engine().ask('what is icc 3 doc 3?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('towpath');
  });

  it("drafts the meeting's record with those symbols", async () => {
    const documents = engine()
      .schedule()
      .byNumber.get(3)
      ?.record?.documents.map((d) => d.symbol);
    expect(documents).toEqual(expect.arrayContaining(['ICC 3 Doc 1', 'ICC 3 Doc 2', 'ICC 3 Doc 3']));
  });
});

/** A reply kept as a plain-text page, quoting the circular it answers line by line. */
const THREAD_PAGES: Record<string, string> = {
  'plenary-3-thread.txt': [
    'From: Harbour Plenary Secretariat <secretariat@plenary.example.org>',
    'To: members@lists.plenary.example.org',
    'Date: Mon, 12 Apr 2027 09:15:00 +0200',
    'Subject: Re: [members] Third Harbour Plenary moved: new dates 14-16/9/2027',
    '',
    'Dear Ilse,',
    '',
    'Yes, the hotel block is kept for the new dates.',
    '',
    'On 9/4/2027 (day/month) Ilse Berg wrote:',
    '> Will the hotel block be kept?',
    '>',
    '> On 8/4/2027 (day/month) the Secretariat wrote:',
    '>> The Third Harbour Plenary, planned for 8-10/6/2027 (day/month) in Tallinn,',
    '>> is moved to 14-16/9/2027 (day/month).',
    '>> Why: the passenger terminal that was to host us closes for works in June',
    '>> and will not reopen before August.',
  ].join('\n'),
  'plenary-2.md': ['# Second Harbour Plenary', '', 'Klaipėda, 9–10 March 2026'].join('\n'),
};

describe('a mail thread kept as a page', () => {
  const engine = useEngineOver(THREAD_PAGES);

  it.each([
    'why was the third plenary moved?',
    'hey why did plenary 3 get pushed back',
    "wasn't the 3rd plenary supposed to be in june? why the change",
  ])('explains the change with the quoted sentence that gives its reason: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('passenger terminal');
    expect(a.answer).not.toContain('>>');
  });

  it('dates the meeting by its new dates, not by the day the mail was sent', async () => {
    const a = await engine().ask('when is the third plenary?');
    expect(a.answer).toMatch(/14(?:–| to )16 September 2027/);
    expect(a.answer).not.toContain('12 April 2027');
  });

  it('names the page by its subject', async () => {
    const a = await engine().ask('why was the third plenary moved?');
    expect(a.sources[0]?.title).toBe('Third Harbour Plenary moved: new dates 14-16/9/2027');
  });
});

/**
 * A letter of invitation that no title calls a letter, a page about the same meeting that mentions letters, and a
 * page of another meeting.
 */
const LETTER_PAGES: Record<string, string> = {
  'plenary-4/note-4.txt': [
    'HARBOUR BOARD OF THE BALTIC',
    'Secretariat · Rostock',
    '',
    'Fourth Harbour Plenary, Turku, 6–7 May 2027',
    '',
    'Dear colleagues,',
    '',
    '1.  I am pleased to invite your port authority to the fourth plenary of the Board, to be held in Turku on 6',
    '    and 7 May 2027 at the kind invitation of the Port of Turku.',
    '',
    '2.  Please register your delegation by 1 April 2027.',
    '',
    'Yours sincerely,',
    '',
    '(signed)',
    'Anna Lindqvist',
    'Secretary of the Board',
  ].join('\n'),
  'plenary-4/practical.md': [
    '# Fourth Harbour Plenary: practical information',
    '',
    'The Port of Turku sends letters of invitation for visas on request.',
  ].join('\n'),
  'plenary-3.md': ['# Third Harbour Plenary', '', 'Riga, 2–3 March 2026. The plenary was chaired by Ivo Saar.'].join(
    '\n',
  ),
};

describe('a letter kept as a page', () => {
  const engine = useEngineOver(LETTER_PAGES);

  it.each([
    'by when does the letter ask us to register for the fourth plenary?',
    'hi, by what date does the invitation letter say to register for plenary 4?',
  ])('reads the page laid out as a letter as the letter asked about: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('1 April 2027');
    expect(a.sources[0]?.path).toBe('plenary-4/note-4.txt');
  });
});

/** A meeting its pages call by season and city, not by number, and a paper whose code is also an acronym. */
const SEASON_PAGES: Record<string, string> = {
  'plenary-1.md': ['# First Harbour Plenary', '', 'Gdynia, 3–4 March 2025'].join('\n'),
  'plenary-3.md': ['# Third Harbour Plenary', '', 'Riga, 2–3 March 2027'].join('\n'),
  'plenary-2-announcement.md': [
    '# Spring Plenary 2026 · Hilo',
    '',
    'The Board invites its members to its second plenary, in Hilo from 19 to 21 April 2026.',
    '',
    'Conference room papers (CRP) are posted a week before.',
  ].join('\n'),
  'plenary-2-participants.txt': [
    'LIST OF PARTICIPANTS',
    '',
    'Spring Plenary 2026',
    'Hilo, Hawaii, 19-21 April 2026',
    '',
    'Ingrid Halvorsen, Nordlys Institute',
  ].join('\n'),
  'plenary-2-papers.md': [
    '# Papers of the Spring Plenary 2026',
    '',
    '- CRP 2: Draft rules on night pilotage (superseded)',
    '- CRP 2 Rev. 1: Night pilotage rules, as revised by the drafting group',
  ].join('\n'),
};

describe('a meeting called by its season and city', () => {
  const engine = useEngineOver(SEASON_PAGES);

  it("ties a page that gives only the meeting's dates to that meeting, and reads its city there", () => {
    const meeting = engine().schedule().byNumber.get(2);
    expect(meeting?.sourcePaths).toContain('plenary-2-participants.txt');
    expect(meeting?.record?.city).toBe('Hilo');
  });

  it.each(["what's CRP 2 Rev. 1?", 'what is CRP 2 Rev. 1', 'hey whats CRP 2 Rev. 1 about'])(
    'reads letters with a number after them as a paper, not an acronym to spell out: %j',
    async (question) => {
      const a = await engine().ask(question);
      expect(a.answer).not.toContain('stands for');
      expect(a.answer).toContain('Night pilotage rules');
    },
  );

  it('still spells out the letters alone', async () => {
    const a = await engine().ask('what does CRP stand for?');
    expect(a.answer).toContain('Conference room papers');
  });
});

/** A speaker whose family name is also an everyday word of the pages. */
const SWING_PAGES: Record<string, string> = {
  'plenary-1.txt': [
    'First Harbour Plenary',
    '',
    'Gdynia',
    '',
    '3 to 4 March 2026',
    '',
    'Programme',
    '',
    'Tuesday, 3 March 2026',
    '09.30 – 12.00',
    'Morning sitting',
    '',
    'I. Opening of the plenary',
    '',
    '  • William Lacy Swing, Director General, Harbour Safety Board',
    '',
    'II. Visit to the swing bridge',
    '',
    'The bridge visit leaves from the main gate; the swing bridge turns at noon, so bring a vest for the swing deck.',
  ].join('\n'),
  'plenary-2.md': ['# Second Harbour Plenary', '', 'Klaipėda, 9–10 March 2027'].join('\n'),
};

describe('a family name that is also an everyday word', () => {
  const engine = useEngineOver(SWING_PAGES);

  it.each([
    'when does the swing bridge turn in gdynia?',
    'hey what do i bring for the swing deck in gdynia',
    'gdynia: is the swing bridge part of the visit?',
  ])('does not read the word as the person: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.intent).not.toBe('person');
  });

  it('still finds the person by the whole name', async () => {
    const a = await engine().ask('what did william lacy swing do in gdynia?');
    expect(a.answer).toContain('William Lacy Swing');
  });
});

/** A summary that states two things adopted, and a record that holds neither. */
const ADOPTED_PAGES: Record<string, string> = {
  'plenary-4-summary.md': [
    '# Fourth Harbour Plenary: summary',
    '',
    'Tallinn, 2–3 March 2028',
    '',
    '1. The Fourth Harbour Plenary was opened by Mr. Jonas Petrauskas, Director, Klaipėda Port Authority.',
    '',
    '2. The members adopted the agenda, HP-4 Doc 1, without change.',
    '',
    '3. The members heard reports on tug escorts from three ports.',
    '',
    '4. The Plenary adopted the Tallinn Rules on Night Pilotage and closed the session.',
  ].join('\n'),
  'plenary-1.md': ['# First Harbour Plenary', '', 'Gdynia, 3–4 March 2025', '', 'Pilots met tug masters.'].join('\n'),
  'plenary-2.md': ['# Second Harbour Plenary', '', 'Klaipėda, 9–10 March 2026', '', 'A storm closed the port.'].join(
    '\n',
  ),
  'plenary-3.md': ['# Third Harbour Plenary', '', 'Riga, 2–3 March 2027', '', 'The ferry terminal hosted it.'].join(
    '\n',
  ),
  'plenary-5.md': ['# Fifth Harbour Plenary', '', 'Turku, 6–7 March 2029', '', 'Registration opens in May.'].join('\n'),
};

describe('a question whose only subject is what was done', () => {
  const engine = useEngineOver(ADOPTED_PAGES);

  it.each([
    'what was adopted at the fourth plenary?',
    'hey what did the 4th plenary adopt',
    'what got adopted in tallinn?',
  ])('quotes every sentence of the page that says it, not an overview of the meeting: %j', async (question) => {
    const a = await engine().ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Tallinn Rules on Night Pilotage');
    expect(a.answer).toContain('adopted the agenda');
  });
});
