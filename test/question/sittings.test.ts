import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig } from '../../src/config/env.js';
import { chunkDocument } from '../../src/knowledge/chunk.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import { draftRecords } from '../../src/knowledge/drafting/draft-records.js';
import { buildSchedule } from '../../src/knowledge/schedule.js';
import { SymbolIndex } from '../../src/knowledge/symbol-index.js';
import { createLogger } from '../../src/logging/logger.js';
import { buildCatalogue, type Catalogue } from '../../src/question/catalogue.js';
import { parseQuestion } from '../../src/question/question.js';
import { Bm25Index } from '../../src/retrieval/bm25.js';
import { useTempDirs } from '../helpers/temp-dirs.js';

/**
 * A committee whose numbered "sessions" are held in sittings it calls "meetings": "the 2nd meeting of the 4th session"
 * names a sitting of the fourth session, not a second session.
 */
const tempDir = useTempDirs('rapporteur-sittings-q');

function timetable(ordinal: string, city: string, days: [string, string], times: [string, string, string]): string {
  return `<html><head><title>CSB – ${ordinal} session</title></head><body><main>
<h1>${ordinal} session of the Committee on Seed Banks: timetable of meetings</h1>
<p>${city}, ${days[0].split(' ')[1]}–${days[1]}</p>
<table>
<tr><th>Day</th><th>Time</th><th>Meeting</th><th>Agenda items</th></tr>
<tr><td>${days[0]}</td><td>${times[0]}</td><td>1st meeting</td><td>1. Adoption of the agenda<br>2. Election of officers</td></tr>
<tr><td>${days[0]}</td><td>${times[1]}</td><td>2nd meeting</td><td>3. Seed viability testing</td></tr>
<tr><td>${days[1]}</td><td>${times[2]}</td><td>3rd meeting</td><td>4. Adoption of the report</td></tr>
</table>
</main></body></html>`;
}

let catalogue: Catalogue;
let engine: Engine;

beforeAll(async () => {
  const dir = tempDir('knowledge');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'third.html'),
    timetable('Third', 'Arusha', ['Monday 3 June', '4 June 2024'], ['09:00–12:00', '14:00–17:00', '09:00–11:00']),
  );
  writeFileSync(
    path.join(dir, 'fourth.html'),
    timetable('Fourth', 'Kisumu', ['Monday 2 June', '3 June 2025'], ['10:00–13:00', '15:00–18:00', '10:00–12:30']),
  );
  const corpus = await loadCorpus(dir);
  const schedule = buildSchedule(corpus.documents, draftRecords);
  const bm25 = new Bm25Index(corpus.documents.flatMap((d) => chunkDocument(d, schedule)).map((c) => c.searchText));
  catalogue = buildCatalogue(schedule, corpus.documents, new SymbolIndex(corpus.documents), bm25);
  engine = await createEngine({
    config: loadConfig({ KNOWLEDGE_DIR: dir, DATA_DIR: tempDir('data') }),
    logger: createLogger({ level: 'error', write: () => {} }),
  });
});

afterAll(async () => {
  await engine?.close();
});

describe('an ordinal with the generic noun beside a meeting the question names otherwise', () => {
  it.each([
    ['what time does the 2nd meeting of the fourth session start?', [4], 2],
    ['when does the 2nd meeting in Kisumu end', [4], 2],
    ['hey, what time did the 3rd meeting of the 3rd session begin? thanks', [3], 3],
  ])('names a sitting of that meeting: %j', (question, meetings, sitting) => {
    const q = parseQuestion(question, catalogue);
    expect(q.meetingNumbers).toEqual(meetings);
    expect(q.sessionNumber).toBe(sitting);
  });

  it.each(['who opened the 3rd meeting?', 'what was adopted at the fourth meeting?'])(
    'names the meeting when nothing else does: %j',
    (question) => {
      const q = parseQuestion(question, catalogue);
      expect(q.meetingNumbers).toEqual([Number(/3rd/.test(question) ? 3 : 4)]);
      expect(q.sessionNumber).toBeUndefined();
    },
  );

  it.each([
    'what was adopted at the third session?',
    'did the fourth session adopt anything',
    'what did the 4th session decide?',
  ])('reads "session" in the name of a meeting as asking about no session or agenda: %j', (question) => {
    const q = parseQuestion(question, catalogue);
    expect(q.facts).not.toContain('agenda');
    expect(q.sessionIndex).toBeUndefined();
    expect(q.meetingNumbers).toHaveLength(1);
  });

  it('still reads the agenda asked for by its word', () => {
    expect(parseQuestion('what was on the agenda of the third session?', catalogue).facts).toContain('agenda');
  });

  it.each([
    ['what time does the 2nd meeting of the fourth session start?', '15:00'],
    ['when does the 2nd meeting in Kisumu end', '18:00'],
    ['hey, what time did the 3rd meeting of the 3rd session begin? thanks', '09:00–11:00'],
  ])('answers with the time of that sitting: %j', async (question, time) => {
    const a = await engine.ask(question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain(time);
  });
});
