import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config/env.js';
import { ErrorCode, QuestionError } from '../../src/errors.js';
import { createLogger } from '../../src/logging/logger.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

const run = promisify(execFile);
const KNOWLEDGE = path.resolve('knowledge');
const TSX = path.resolve('node_modules/.bin/tsx');
const quiet = createLogger({ level: 'error', write: () => {} });
const NOT_FOUND = "I couldn't find";

const tempDir = useTempDirs('rapporteur-engine');

async function engineAt(now?: string): Promise<Engine> {
  const env: Record<string, string> = { KNOWLEDGE_DIR: KNOWLEDGE, DATA_DIR: tempDir('data') };
  if (now) env.NOW = now;
  return createEngine({ config: loadConfig(env), logger: quiet });
}

async function questionError(engine: Engine, question: string): Promise<QuestionError> {
  const error = await engine.ask(question).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(QuestionError);
  expect((error as QuestionError).code).toBe(ErrorCode.QuestionInvalid);
  return error as QuestionError;
}

describe('engine.ask on the bundled knowledge', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineAt();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('answers when the tenth meeting was and who opened it, citing its record first', async () => {
    const a = await engine.ask('When was the tenth coordination meeting and who opened it?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('9–10 February 2012');
    expect(a.answer).toContain('Hovy');
    expect(a.sources[0]?.path).toBe('meetings/10-tenth-meeting-2012.md');
    expect(a.confidence).toBeGreaterThan(0);
  });

  it.each([
    "what time zone are the 8th meeting's times in?",
    'which timezone was the 2009 meeting in',
    'hey, the eighth one: what time zone is its programme given in?',
  ])('names the time zone a record keeps its times in: %j', async (question) => {
    const a = await engine.ask(question);
    expect(a.answered).toBe(true);
    expect(a.intent).toBe('meeting.timezone');
    expect(a.answer).toContain('America/New_York');
    expect(a.answer).toMatch(/UTC−05:00/);
  });

  it.each([
    ['Roughly how long after the November 2006 meeting did its report come out?', '11 months after'],
    ['how many months after the 4th meeting was its report published', '10 months after'],
    ['how long after the 2005 meeting did the report appear?', '10 months after'],
  ])('works out the time between a meeting and its dated report: %j', async (question, gap) => {
    const a = await engine.ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain(gap);
  });

  it.each([
    'How long was the 8th meeting?',
    'how many days did the 2016 meeting last',
    'hey how long did the tenth meeting run?',
  ])("gives a meeting's length from its dates: %j", async (question) => {
    const a = await engine.ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('lasted 2 days');
  });

  it('explains a document symbol with its link', async () => {
    const a = await engine.ask('what is A/RES/68/4?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('https://undocs.org/A/RES/68/4');
    expect(a.answer).toMatch(/Declaration/);
  });

  it('says so instead of guessing when the documents do not hold the answer', async () => {
    const a = await engine.ask('What is the capital of France?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(NOT_FOUND);
    expect(a.answer).not.toMatch(/Paris/);
  });

  it('spells out an acronym the documents expand', async () => {
    const a = await engine.ask('What does GFMD stand for?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Global Forum on Migration and Development');
    expect(a.sources[0]?.path).toMatch(/^meetings\//);
  });

  it('declines a detail the record lacks rather than answering a neighbouring fact', async () => {
    const room = await engine.ask('Which room was the 14th meeting held in?');
    expect(room.answered).toBe(false);
    // The record does not mark the room as not recorded, so the bot says it could not find it, not that it is absent.
    expect(room.answer).toMatch(/couldn't find the room for the 14th meeting/);
    const days = await engine.ask('What were the exact days of the 4th meeting?');
    expect(days.answered).toBe(false);
    expect(days.answer).toMatch(/October 2005/);
  });

  it('answers with the matching agenda item and its time when a meeting and a topic are named', async () => {
    const a = await engine.ask('When was the tour-de-table at the 2009 meeting?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/14:00/);
    expect(a.answer).toMatch(/16 November 2009/);
  });

  it('lists a fact across meetings, limited to the years asked about', async () => {
    const a = await engine.ask('Which meetings were opened by someone from the Population Division after 2010?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Hovy/);
    expect(a.answer).toMatch(/Perucci/);
    expect(a.answer).not.toMatch(/16–17 November 2009/);
  });

  it('declines to report what someone said when the records hold only that they spoke', async () => {
    const a = await engine.ask('What did Hania Zlotnik say in her opening remarks in November 2009?');
    expect(a.answered).toBe(false);
    expect(a.answer).toMatch(/do not record what was said/);
    expect(a.answer).toMatch(/8th meeting/);
  });

  it('meets everyday words with the words the documents use ("phone" for "telephone", "deadline" for "due")', async () => {
    const phone = await engine.ask("what was the Population Division's phone number in the 2014 invitation letter?");
    expect(phone.answered).toBe(true);
    expect(phone.answer).toContain('963-3179');
    const deadline = await engine.ask('What was the deadline for submitting papers to the February 2014 meeting?');
    expect(deadline.answered).toBe(true);
    expect(deadline.answer).toContain('14 February 2014');
  });

  it('answers a question about the call for papers from the letter, not with a list of documents', async () => {
    const send = await engine.ask('Where do I send my paper for the 2014 coordination meeting?');
    expect(send.answered).toBe(true);
    expect(send.answer).toContain('migrationp@un.org');
    expect(send.answer).not.toMatch(/took place at/);
  });

  it('does not pass off another number as the count that was asked for', async () => {
    const a = await engine.ask('How many contributed papers were submitted to the twelfth meeting?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(NOT_FOUND);
  });

  it('cites the series overview first for a count across all meetings', async () => {
    const a = await engine.ask('how many coordination meetings were there?');
    expect(a.answer).toMatch(/16 meetings/);
    expect(a.sources[0]?.path).toBe('context/series-overview.md');
    expect(a.sources.slice(1).every((s) => s.path.startsWith('meetings/'))).toBe(true);
  });

  it('reads a moderator line together with the agenda item it belongs to', async () => {
    const a = await engine.ask('Which session did Jorge Bravo moderate?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/IX\. Work programmes: priorities for 2016/);
    expect(a.answer).not.toMatch(/Tour-de-table/);
  });

  it('reads "the first meeting held in February" as the earliest February meeting, not the 1st meeting', async () => {
    const first = await engine.ask('Which was the first meeting held in February?');
    expect(first.answered).toBe(true);
    expect(first.answer).toMatch(/9th meeting/);
    expect(first.answer).toMatch(/17–18 February 2011/);
    const none = await engine.ask('When was the first meeting held in December?');
    expect(none.answered).toBe(false);
  });

  it("keeps a quote to the meeting asked about instead of mixing in another meeting's conclusions", async () => {
    const a = await engine.ask('Where was the second GFMD going to be held, according to the 6th meeting?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/Philippines/);
    expect(a.answer).not.toMatch(/regular intervals/);
  });

  it('reads "under which resolution was it convened" as a question about the mandate', async () => {
    const a = await engine.ask('Under which resolution was the 7th meeting convened?');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/^Mandate of the 7th meeting: General Assembly resolution 58\/208/);
    expect(a.answer).not.toMatch(/organized by/);
  });

  it('does not pass off a description of a survey as its results', async () => {
    const a = await engine.ask('What were the results of the survey questionnaire sent out for the 6th meeting?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(NOT_FOUND);
    const outcomes = await engine.ask('What were the results of the 10th meeting?');
    expect(outcomes.answered).toBe(true);
    expect(outcomes.answer).toMatch(/sixty-seventh session\. Input to the run-up/);
  });

  it('does not invent a meeting the documents do not record', async () => {
    const a = await engine.ask('When is the 17th meeting?');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain(NOT_FOUND);
    expect(a.answer).toMatch(/16 meetings/);
  });

  it('refuses an empty or blank question', async () => {
    await questionError(engine, '');
    const error = await questionError(engine, '   \n\t  ');
    expect(error.message).toMatch(/type a question/i);
  });

  it('refuses an overlong question and names the limit', async () => {
    const error = await questionError(engine, `When was the meeting ${'really '.repeat(2900)}?`);
    expect(error.message).toContain('2,000');
  });

  it('refuses binary junk', async () => {
    await questionError(engine, '\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 12 \u007f');
    await questionError(engine, '%%%% 1234 ### !!!');
  });

  it('reads a follow-up in the light of the earlier question', async () => {
    const a = await engine.ask('and who opened it?', {
      history: [{ role: 'user', text: 'When was the 2014 meeting?' }],
    });
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Perucci');
  });
});

describe('schedule questions at a fixed time', () => {
  it('names the next session with its date, local time and zone', async () => {
    const engine = await engineAt('2014-02-19T12:00:00-05:00');
    try {
      const a = await engine.ask('when is the next session?');
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('20 February 2014');
      expect(a.answer).toContain('10:00');
      expect(a.answer).toContain('New York');
      expect(a.sources[0]?.path).toBe('meetings/12-twelfth-meeting-2014.md');
    } finally {
      await engine.close();
    }
  });

  it('reads weekdays and "tomorrow" in the meeting zone, from the bot\'s own NOW', async () => {
    const engine = await engineAt('2014-02-18T12:00:00-05:00');
    try {
      const thursday = await engine.ask("what time does Thursday's session start?");
      expect(thursday.answered).toBe(true);
      expect(thursday.answer).toMatch(/Thursday, 20 February 2014, 10:00/);
      const tomorrow = await engine.ask("what's on tomorrow?");
      expect(tomorrow.answered).toBe(false);
      expect(tomorrow.answer).toContain('19 February 2014');
    } finally {
      await engine.close();
    }
  });

  it('admits that no afternoon session is recorded for the morning-only twelfth meeting', async () => {
    // knowledge/meetings/12-twelfth-meeting-2014.md records only the 20 February morning session (10:00–13:00).
    const engine = await engineAt('2014-02-20T09:00:00-05:00');
    try {
      const afternoon = await engine.ask("what's on this afternoon?");
      expect(afternoon.answered).toBe(false);
      expect(afternoon.answer).toContain(NOT_FOUND);
      expect(afternoon.answer).toContain('20 February 2014');
      const morning = await engine.ask("what's on this morning?");
      expect(morning.answered).toBe(true);
      expect(morning.answer).toContain('10:00');
    } finally {
      await engine.close();
    }
  });
});

describe('answers do not depend on the machine time zone', () => {
  const askIn = async (tz: string, dataDir: string, question: string) => {
    const { stdout } = await run(TSX, ['src/cli/ask.ts', '--json', question], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        TZ: tz,
        KNOWLEDGE_DIR: KNOWLEDGE,
        DATA_DIR: dataDir,
        NOW: '2014-02-19T12:00:00-05:00',
        LOG_LEVEL: 'error',
      },
      timeout: 60_000,
    });
    return JSON.parse(stdout) as { answer: string; answered: boolean };
  };

  it.each(['when was the 8th meeting?', 'when is the next session?'])(
    'gives the same answer to "%s" in Tokyo and Los Angeles',
    async (question) => {
      const dataDir = tempDir('tz');
      const tokyo = await askIn('Asia/Tokyo', dataDir, question);
      const losAngeles = await askIn('America/Los_Angeles', dataDir, question);
      expect(tokyo.answered).toBe(true);
      expect(losAngeles).toEqual(tokyo);
    },
    120_000,
  );

  it('the 8th meeting answer carries its dates', async () => {
    const a = await askIn('Pacific/Kiritimati', tempDir('tz'), 'when was the 8th meeting?');
    expect(a.answer).toContain('16–17 November 2009');
  }, 60_000);
});
