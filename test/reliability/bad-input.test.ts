import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/answer/engine.js';
import { loadConfig, projectRoot } from '../../src/config/env.js';
import { QuestionError } from '../../src/errors.js';
import { createLogger } from '../../src/logging/logger.js';
import { postSigned } from '../e2e/slack-stand-in.js';
import { useTempDirs } from '../helpers/temp-dirs.js';
import { type Harness, SIGNING_SECRET, startHarness } from '../slack/harness.js';

/** Every hostile input tried in this file, counted as it is checked; the total is printed at the end. */
const tried: string[] = [];
const attempt = (name: string) => tried.push(name);
afterAll(() => {
  console.log(`Bad input: ${tried.length} cases tried (${tried.join(', ')})`);
});

const temp = useTempDirs('rapporteur');

/**
 * Random bytes as Slack (JSON) and the CLI (stdin) deliver them: decoded as UTF-8, so invalid sequences become
 * U+FFFD; control bytes included, newlines replaced so it stays one line for --jsonl. Seeded, so it never varies.
 */
let seed = 7;
const junk = Buffer.from(
  Array.from({ length: 600 }, () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const b = (seed >>> 16) & 0xff;
    return b === 0x0a || b === 0x0d ? 0x00 : b;
  }),
).toString('utf8');
const BAD_QUESTIONS: Array<{ name: string; text: string; reply: RegExp }> = [
  { name: 'empty', text: '', reply: /^Please type a question/ },
  { name: 'whitespace-only', text: ' \t \u00a0  \u2003 ', reply: /^Please type a question/ },
  {
    name: '20,000 characters',
    text: 'When was the tenth meeting? '.repeat(715).slice(0, 20_000),
    reply: /20,000 characters long; the limit is 2,000/,
  },
  // The guard drops U+FFFD before counting letters, so UTF-8-decoded junk can pass it as "words"; it must then
  // still come back unanswered (the refusal or "couldn't find"), never as an answer.
  { name: 'binary junk', text: junk, reply: /doesn't look like a question in words|^I couldn't find that/ },
];

describe('bad questions', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({
      config: loadConfig({ KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'), DATA_DIR: temp('bad-q') }),
      logger: createLogger({ write: () => {} }),
    });
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('the engine refuses each with a QuestionError that says what to change', async () => {
    for (const q of BAD_QUESTIONS) {
      attempt(`engine: ${q.name}`);
      const outcome = await engine.ask(q.text).catch((e: unknown) => e);
      if (outcome instanceof QuestionError) expect(outcome.message, q.name).toMatch(q.reply);
      else expect(outcome, q.name).toMatchObject({ answered: false, answer: expect.stringMatching(q.reply) });
      if (q.name !== 'binary junk') expect(outcome, q.name).toBeInstanceOf(QuestionError);
    }
    expect((await engine.ask('Who opened the tenth meeting?')).answer).toContain('Bela Hovy');
  });

  it('the CLI answers each line with intent "invalid" and keeps going', async () => {
    const input = `${[...BAD_QUESTIONS.map((q) => q.text), 'Who opened the tenth meeting?'].join('\n')}\n`;
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'src/cli/ask.ts'), '--jsonl'], {
        cwd: projectRoot,
        env: {
          PATH: process.env.PATH,
          KNOWLEDGE_DIR: path.join(projectRoot, 'knowledge'),
          DATA_DIR: temp('bad-cli'),
          LOG_LEVEL: 'error',
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += String(d);
      });
      child.stderr.on('data', (d) => {
        stderr += String(d);
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(input);
    });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(BAD_QUESTIONS.length + 1);
    BAD_QUESTIONS.forEach((q, i) => {
      attempt(`CLI: ${q.name}`);
      expect(lines[i], q.name).toMatchObject({ answered: false, answer: expect.stringMatching(q.reply) });
      if (q.name !== 'binary junk') expect(lines[i]?.intent, q.name).toBe('invalid');
    });
    expect(lines.at(-1)?.answer).toContain('Bela Hovy');
  });
});

describe('bad input over Slack', () => {
  let h: Harness;
  let http: Harness;
  beforeAll(async () => {
    [h, http] = await Promise.all([startHarness(), startHarness({ mode: 'http' })]);
  });
  afterAll(async () => {
    await h?.close();
    await http?.close();
  });

  async function stillAnswers(x: Harness, channel: string) {
    const payload = x.slack.dmEvent(channel, 'Who opened the tenth meeting?');
    if (x === http) {
      const response = await postSigned(`http://127.0.0.1:${x.port}/slack/events`, JSON.stringify(payload), {
        signingSecret: SIGNING_SECRET,
      });
      expect(response.status).toBe(200);
    } else await x.slack.sendSocketEvent(payload);
    const [reply] = await x.slack.waitFor(() => x.slack.botReplies(channel).length > 0 && x.slack.botReplies(channel));
    expect(reply?.text).toContain('Bela Hovy');
  }

  it('a DM with a bad question gets a clear reply, and the app keeps answering', async () => {
    for (const [i, q] of BAD_QUESTIONS.entries()) {
      attempt(`Slack DM: ${q.name}`);
      const channel = `DBAD${i}`;
      const ack = await h.slack.sendSocketEvent(h.slack.dmEvent(channel, q.text));
      expect(ack.ackMs).toBeLessThan(3000);
      const [reply] = await h.slack.waitFor(
        () => h.slack.botReplies(channel).length > 0 && h.slack.botReplies(channel),
      );
      expect(reply?.text, q.name).toMatch(q.reply);
    }
    await stillAnswers(h, 'DBADAFTER');
  });

  it('malformed Socket Mode envelopes are acked and dropped without taking the app down', async () => {
    const envelopes: Array<{ name: string; payload: unknown; type?: string }> = [
      { name: 'events_api envelope without an event', payload: { type: 'event_callback', team_id: h.slack.teamId } },
      { name: 'events_api envelope with an empty payload', payload: {} },
      { name: 'message event with no fields', payload: h.slack.eventPayload({ type: 'message' }) },
      {
        name: 'app_mention with no user or channel',
        payload: h.slack.eventPayload({ type: 'app_mention', text: `<@${h.slack.botUserId}> hello` }),
      },
      {
        name: 'DM with no text',
        payload: h.slack.eventPayload({ type: 'message', channel_type: 'im', channel: 'DNOTEXT', user: 'UPERSON' }),
      },
      { name: 'slash command with no text or user', payload: { command: '/meetings' }, type: 'slash_commands' },
    ];
    for (const envelope of envelopes) {
      attempt(`Socket Mode: ${envelope.name}`);
      const ack = await h.slack.sendSocketEvent(envelope.payload, envelope.type);
      expect(ack.ackMs, envelope.name).toBeLessThan(3000);
    }
    // A DM with no text is a question with nothing in it: it gets the "type a question" reply, not silence.
    const [noText] = await h.slack.waitFor(
      () => h.slack.botReplies('DNOTEXT').length > 0 && h.slack.botReplies('DNOTEXT'),
    );
    expect(noText?.text).toMatch(/^Please type a question/);
    await stillAnswers(h, 'DMALFORMEDAFTER');
    // The envelopes the Socket Mode client cannot read are logged by id (and acked above), not thrown.
    expect(h.logs.join('\n')).toMatch(/WARN .*Dropped a malformed Socket Mode envelope [0-9a-f-]{36}/);
    // Nothing was posted to a channel that no event named.
    expect(h.slack.callsTo('chat.postMessage').filter((c) => !c.args.channel)).toEqual([]);
  });

  it('HTTP mode answers non-JSON and empty bodies with a 4xx, not a crash', async () => {
    const url = `http://127.0.0.1:${http.port}/slack/events`;
    for (const [name, body, contentType] of [
      ['non-JSON body', 'this is { not json', 'application/json'],
      ['empty body', '', 'application/json'],
      ['form body without a payload', 'payload=%7Bbroken', 'application/x-www-form-urlencoded'],
    ] as const) {
      attempt(`HTTP: ${name}`);
      const response = await postSigned(url, body, { signingSecret: SIGNING_SECRET, contentType });
      expect(response.status, name).toBeGreaterThanOrEqual(400);
      expect(response.status, name).toBeLessThan(500);
    }
    await stillAnswers(http, 'DHTTPAFTER');
  });
});

describe('bad knowledge files', () => {
  it('each gets a warning naming it; the rest is indexed and nothing stored is lost', async () => {
    const knowledgeDir = temp('bad-knowledge');
    const outside = temp('outside');
    const dataDir = temp('bad-data');
    cpSync(path.join(projectRoot, 'knowledge'), knowledgeDir, { recursive: true });
    const good = readdirSync(knowledgeDir, { recursive: true }).filter((f) => String(f).endsWith('.md')).length;

    // A first start on the good folder leaves an index, a cache and some feedback behind.
    const config = loadConfig({ KNOWLEDGE_DIR: knowledgeDir, DATA_DIR: dataDir });
    const first = await createEngine({ config, logger: createLogger({ write: () => {} }) });
    const firstStats = first.stats();
    await first.close();
    const feedback = path.join(dataDir, 'feedback.jsonl');
    writeFileSync(feedback, '{"vote":"up"}\n');
    const indexesBefore = readdirSync(path.join(dataDir, 'index'));

    const bad = path.join(knowledgeDir, 'bad');
    mkdirSync(bad);
    const expectations: Array<{ file: string; warning: RegExp | null }> = [];
    const add = (file: string, warning: RegExp | null) => {
      attempt(`knowledge: ${file}`);
      expectations.push({ file: `bad/${file}`, warning });
    };
    writeFileSync(path.join(bad, 'empty.md'), '');
    add('empty.md', /empty/);
    writeFileSync(path.join(bad, 'huge.txt'), '');
    truncateSync(path.join(bad, 'huge.txt'), 26 * 1024 * 1024); // sparse: no 26 MB written
    add('huge.txt', /over the 25 MB limit/);
    writeFileSync(
      path.join(bad, 'latin1.txt'),
      Buffer.from('Réunion de coordination: les délégués ont discuté des envois de fonds à Genève.', 'latin1'),
    );
    add('latin1.txt', /not valid UTF-8: read as Windows-1252/);
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let i = 0; i < 3; i++)
      pdf.addPage().drawText(`Page ${i}: labour migration statistics.`, { x: 50, y: 700, font });
    const pdfBytes = await pdf.save();
    writeFileSync(path.join(bad, 'truncated.pdf'), pdfBytes.subarray(0, Math.floor(pdfBytes.length / 2)));
    add('truncated.pdf', /not indexed: .*PDF/i);
    writeFileSync(
      path.join(bad, 'deep.html'),
      `<html><body>${'<div>'.repeat(100_000)}deep${'</div>'.repeat(100_000)}</body></html>`,
    );
    add('deep.html', /nested more than \d+ levels deep/);
    // 5 MB in one text node is legitimate content, just large: it is indexed, without a warning.
    writeFileSync(
      path.join(bad, 'one-node.html'),
      `<html><body><p>${'quinoa harvest ledger '.repeat(240_000)}</p></body></html>`,
    );
    add('one-node.html', null);
    writeFileSync(path.join(outside, 'secret.md'), '# Outside\n\nThe vault combination is 31-41-59.\n');
    symlinkSync(path.join(outside, 'secret.md'), path.join(bad, 'link-to-file.md'));
    add('link-to-file.md', /symbolic link leads outside/);
    symlinkSync(outside, path.join(bad, 'link-to-dir'));
    add('link-to-dir', /symbolic link leads outside/);
    writeFileSync(path.join(bad, 'binary.md'), randomBytes(4096));
    add('binary.md', /not indexed: binary content/);

    const lines: string[] = [];
    const engine = await createEngine({ config, logger: createLogger({ write: (line) => lines.push(line) }) });
    const { warnings, files } = engine.report();
    for (const { file, warning } of expectations) {
      const found = warnings.filter((w) => w.path === file);
      if (warning) expect(found.map((w) => w.message).join('; '), file).toMatch(warning);
      else expect(found, file).toEqual([]);
    }
    const indexed = new Set(files.map((f) => f.path));
    expect(indexed.has('bad/one-node.html')).toBe(true);
    expect(indexed.has('bad/latin1.txt')).toBe(true);
    expect(files.filter((f) => f.path.endsWith('.md') && !f.path.startsWith('bad/'))).toHaveLength(good);
    expect(engine.stats().documents).toBe(firstStats.documents + 2);
    expect((await engine.ask('Who opened the tenth meeting?')).answer).toContain('Bela Hovy');
    expect((await engine.ask('What is the vault combination?')).answer).not.toContain('31-41-59');
    const genf = await engine.ask('What did the délégués discuss about envois de fonds?');
    expect(genf.sources.map((s) => s.path)).toContain('bad/latin1.txt');
    await engine.close();

    // Nothing stored was lost: the earlier index is kept beside the new one, the cache was reused, feedback untouched.
    const indexesAfter = readdirSync(path.join(dataDir, 'index'));
    for (const dir of indexesBefore) expect(indexesAfter).toContain(dir);
    expect(engine.stats().reused).toBeGreaterThanOrEqual(firstStats.chunks);
    expect(readFileSync(feedback, 'utf8')).toBe('{"vote":"up"}\n');
    expect(existsSync(path.join(outside, 'secret.md'))).toBe(true);
  }, 60_000);
});
