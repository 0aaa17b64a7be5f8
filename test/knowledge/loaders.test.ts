import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, KnowledgeError } from '../../src/errors.js';
import { loadCorpus } from '../../src/knowledge/corpus.js';
import type { LoadedDocument } from '../../src/knowledge/document.js';
import { loadHtml } from '../../src/knowledge/loaders/html.js';
import { loadText } from '../../src/knowledge/loaders/text.js';

const RAW = path.resolve('test/fixtures/raw-pages');
const raw = (name: string) => fs.readFileSync(path.join(RAW, name), 'utf8');

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapporteur-loaders-'));
  tempDirs.push(dir);
  return dir;
}
function write(root: string, rel: string, content: string | Uint8Array): void {
  const full = path.join(root, rel);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
}
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const GOOD_RECORD = `---
number: 3
title: Third Coordination Meeting
start: 2004-10-27
---

# Third meeting

The third meeting reviewed migration statistics.
`;

async function makePdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([600, 400]);
  lines.forEach((line, i) => {
    page.drawText(line, { x: 40, y: 350 - i * 20, size: 12, font });
  });
  return pdf.save();
}

describe('HTML loader', () => {
  let doc: LoadedDocument;
  beforeAll(async () => {
    doc = await loadHtml('news/tenth-meeting-news-2012.html', raw('tenth-meeting-news-2012.html'));
  });

  it('keeps the article and drops navigation, footer, scripts, cookie notice and sidebar', () => {
    expect(doc.body).toContain('Tenth Coordination Meeting on International Migration');
    expect(doc.body).toContain('some 120 participants attended');
    for (const junk of ['trackPageView', 'dataLayer', 'Contact', 'cookies', 'Accept', 'font-family']) {
      expect(doc.body).not.toContain(junk);
    }
    expect(doc.body).not.toMatch(/Bookmark and Share/i);
  });

  it('repairs UTF-8 read as Windows-1252', () => {
    expect(doc.body).not.toContain('â€');
    expect(doc.body).toMatch(/UN DESA[’']s Population Division/);
    expect(doc.body).toContain('9–10 February');
  });

  it('takes the article heading as the title', () => {
    expect(doc.title).toBe('Coordinating international migration issues');
    expect(doc.format).toBe('html');
  });

  it('keeps a table row on one line when a cell breaks its text over lines', async () => {
    const table = await loadHtml(
      'agenda.html',
      '<main><table><tr><td>2</td><td>Ice reports</td><td>Chair: Pita Ratu<br>Saule Bekova, Pilot</td></tr></table></main>',
    );
    expect(table.body).toBe('| 2 | Ice reports | Chair: Pita Ratu; Saule Bekova, Pilot');
  });

  it('reads a long text alternative of an image as what the image shows, and a short one not at all', async () => {
    const page = await loadHtml(
      'programme.html',
      `<main><h1>Programme</h1><p><img src="/logo.png" alt="Guild emblem"></p>
<figure><img src="/scan.png" alt="Organization of work. Tuesday 4 March 2024, 1000-1300. I. Opening: Ms. Ana Ruiz, Warden.">
<figcaption>Scanned programme, first page.</figcaption></figure></main>`,
    );
    expect(page.body).toContain(
      'Organization of work. Tuesday 4 March 2024, 1000-1300. I. Opening: Ms. Ana Ruiz, Warden.',
    );
    expect(page.body).not.toContain('emblem');
  });

  it("reads a heading and a paragraph inside a list item as lines of the item, under the item's own number", async () => {
    const page = await loadHtml(
      'videos.html',
      `<html><body><main><h1>Videos</h1><ol>
<li><a href="/v1"><img src="/t1.jpg" alt=""></a><div><h3><a href="/v1">II. Pilotage rules &mdash; &ldquo;The case for night limits&rdquo;</a></h3><p>Anna Nowak</p></div></li>
<li><div><h3>II. Pilotage rules &mdash; &ldquo;Tug escorts&rdquo;</h3><p>Prof. Jonas Petrauskas, Klaipėda University</p></div></li>
<li><p>Closing of the seminar</p></li>
</ol></main></body></html>`,
    );
    expect(page.body).toContain('\nII. Pilotage rules — “The case for night limits” · Anna Nowak\n');
    expect(page.body).toContain('\nII. Pilotage rules — “Tug escorts” · Prof. Jonas Petrauskas, Klaipėda University\n');
    expect(page.body).toMatch(/^3\. Closing of the seminar$/m);
    expect(page.body).not.toContain('###');
  });

  it('keeps the words of inline elements that touch apart, as their layout shows them', async () => {
    const page = await loadHtml(
      'programme.html',
      `<html><body><main><h1>Programme</h1>
<div class="person"><span class="name">Anna Nowak</span><span class="org">Gdynia Port Authority</span></div>
<div class="person"><span class="label">Moderator</span><span class="name">Jonas Petrauskas</span><span>Klaipėda University</span></div>
<p>Held on the 21<sup>st</sup> of May, with H<sub>2</sub>O on the tables, by <a href="/b">the Board</a>.</p>
<p><b>Opening</b> of the seminar</p>
</main></body></html>`,
    );
    expect(page.body).toContain('\nAnna Nowak, Gdynia Port Authority\n');
    expect(page.body).toContain('\nModerator: Jonas Petrauskas, Klaipėda University\n');
    expect(page.body).toContain('Held on the 21st of May, with H2O on the tables, by the Board.');
    expect(page.body).toContain('Opening of the seminar');
  });

  // A page with no <main> or <article>: an article extractor keeps only the table and drops the lede and the note.
  it('keeps the lede, the note and a list of documents of a page without <main>, but not its chrome', async () => {
    const page = await loadHtml(
      'programme.html',
      `<html><body>
      <div class="cookie-bar">We use cookies. <a href="#">OK</a></div>
      <div class="topbar">Harbour Network › Seminars › Gdynia 2026</div>
      <ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/news">News</a></li></ul>
      <h1>Seventh Seminar on Harbour Safety</h1>
      <p class="lede">Gdynia · 8 to 9 October 2026 · Baltic Hall</p>
      <p>Chair: Ilse Vantongerloo · Rapporteur: Pita Ratu</p>
      <table><tr><td>9.30–12.30</td><td>1. Opening</td></tr><tr><td>14.00–17.00</td><td>2. Pilotage</td></tr></table>
      <p class="note">The harbour visit is not streamed.</p>
      <ul><li><a href="/d1.pdf">HSS/7/1 Provisional agenda</a></li><li><a href="/d2.pdf">HSS/7/2 Pilotage incidents in 2025</a></li>
      <li><a href="/d3.pdf">HSS/7/INF.1 List of participants</a></li></ul>
      <div id="site-footer">© Harbour Network · <a href="/privacy">Privacy</a></div>
      </body></html>`,
    );
    for (const kept of [
      '8 to 9 October 2026',
      'Chair: Ilse Vantongerloo',
      '| 9.30–12.30 | 1. Opening',
      'not streamed',
    ]) {
      expect(page.body).toContain(kept);
    }
    expect(page.body).toContain('HSS/7/2 Pilotage incidents in 2025');
    for (const junk of ['cookies', 'Seminars ›', 'Home', 'About', 'Privacy']) expect(page.body).not.toContain(junk);
    expect(page.title).toBe('Seventh Seminar on Harbour Safety');
  });
});

describe('text loader', () => {
  it("reads a letterhead's columns as the parts of one title", () => {
    const doc = loadText(
      'list.txt',
      'CELSA                         CEL-C2-INF-03\nSpring Colloquium 2021        21 April 2021\n\nLIST',
    );
    expect(doc.title).toBe('CELSA · CEL-C2-INF-03');
  });

  it('reads dot leaders as the colon between a label and its value, and keeps an ellipsis', () => {
    const doc = loadText(
      'officers.txt',
      'OFFICERS\n\n  Chair ........ Ingrid Halvorsen, Nordlys Institute\n  Rapporteur . . . . . Callum Nash\n  Vice-Chair ... Ruby Baird\nThe agenda ... was cut off.\nThe minutes ... Draft',
    );
    expect(doc.body).toContain('Chair: Ingrid Halvorsen, Nordlys Institute');
    expect(doc.body).toContain('Rapporteur: Callum Nash');
    expect(doc.body).toContain('Vice-Chair: Ruby Baird');
    expect(doc.body).toContain('The agenda ... was cut off.');
  });

  it('drops a leading line of decoding junk', () => {
    const doc = loadText('second-meeting-2003.txt', raw('second-meeting-2003.txt'));
    expect(doc.body).not.toContain('ąú˛úAV');
    expect(doc.body.startsWith('Second coordination meeting on international migration')).toBe(true);
    expect(doc.title).toBe('Second coordination meeting on international migration');
  });

  it('drops share-widget leftovers but keeps the text around them', () => {
    const doc = loadText('tenth-meeting-news-2012.txt', raw('tenth-meeting-news-2012.txt'));
    expect(doc.body).not.toMatch(/Bookmark and Share/i);
    expect(doc.body).toContain('Tenth Coordination Meeting on International Migration');
  });
});

describe('loadCorpus', () => {
  it("reads a page about another kind of event by the series' own word for its meetings", async () => {
    const root = tempDir();
    write(root, 'one.txt', 'First Seminar on Harbour Safety\n\nAntwerp, 3-4 May 2019');
    write(root, 'two.txt', 'Second Seminar on Harbour Safety\n\nRotterdam, 14-15 September 2021');
    write(root, 'three.txt', 'Third Seminar on Harbour Safety\n\nValparaíso, 6-7 June 2023');
    write(root, 'summit.txt', 'Towards the Second Ports Summit\n\nThe summit meets on 3-4 October 2027.');
    write(
      root,
      'prep.txt',
      'The Third Ports Summit, 5-6 June 2029, is prepared by the Second Seminar on Harbour Safety.',
    );
    const docs = (await loadCorpus(root)).documents;
    const of = (file: string) => docs.find((d) => d.path === file);
    expect(of('summit.txt')?.meetingNumber).toBeUndefined();
    expect(of('summit.txt')?.detected).toEqual({});
    expect(of('prep.txt')).toMatchObject({ meetingNumber: 2, detected: { number: 2, noun: 'seminar' } });
    expect(of('two.txt')).toMatchObject({ meetingNumber: 2, detected: { start: '2021-09-14' } });
  });

  it('reads text from a PDF', async () => {
    const root = tempDir();
    write(
      root,
      'report.pdf',
      await makePdf(['Report of the Fourth Coordination Meeting', 'Quokka remittance survey 2005']),
    );
    const corpus = await loadCorpus(root);
    expect(corpus.warnings).toEqual([]);
    const pdf = corpus.documents.find((d) => d.path === 'report.pdf');
    expect(pdf?.format).toBe('pdf');
    expect(pdf?.body).toContain('Quokka remittance survey 2005');
  });

  it('warns about a corrupt PDF and an unsupported .docx by name and still indexes the rest', async () => {
    const root = tempDir();
    write(root, 'good.md', GOOD_RECORD);
    const junk = new Uint8Array(2048);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    write(root, 'broken.pdf', junk);
    write(root, 'minutes.docx', 'PK\u0003\u0004 not really a docx');
    const corpus = await loadCorpus(root);
    expect(corpus.documents.map((d) => d.path)).toEqual(['good.md']);
    const byPath = new Map(corpus.warnings.map((w) => [w.path, w.message]));
    expect(byPath.get('broken.pdf')).toMatch(/not indexed/);
    expect(byPath.get('minutes.docx')).toMatch(/unsupported file type "\.docx"/);
  });

  it('names the file and the field of a meeting record with bad front matter', async () => {
    const root = tempDir();
    write(root, 'good.md', GOOD_RECORD);
    write(root, 'meetings/bad.md', GOOD_RECORD.replace('start: 2004-10-27', 'start: 27 October 2004'));
    const corpus = await loadCorpus(root);
    expect(corpus.documents.map((d) => d.path)).toEqual(['good.md']);
    const warning = corpus.warnings.find((w) => w.path === 'meetings/bad.md');
    expect(warning?.message).toMatch(/start/);
    expect(warning?.message).toMatch(/expected a date/);
  });

  it('refuses an empty folder with KnowledgeEmpty', async () => {
    const root = tempDir();
    const error = await loadCorpus(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).code).toBe(ErrorCode.KnowledgeEmpty);
  });

  it('refuses a missing folder with KnowledgeDirMissing', async () => {
    const root = path.join(tempDir(), 'does-not-exist');
    const error = await loadCorpus(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).code).toBe(ErrorCode.KnowledgeDirMissing);
    expect((error as Error).message).toContain(root);
  });

  it('skips a symbolic link that leads outside the folder, with a warning', async () => {
    const root = tempDir();
    const outside = tempDir();
    write(outside, 'secret.md', '# Secret\n\nThe outside file must never be indexed.');
    write(root, 'good.md', GOOD_RECORD);
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'link.md'));
    const corpus = await loadCorpus(root);
    expect(corpus.documents.map((d) => d.path)).toEqual(['good.md']);
    expect(corpus.warnings.find((w) => w.path === 'link.md')?.message).toMatch(/symbolic link/);
  });

  it('reads nested folders, YAML and calendars', async () => {
    const root = tempDir();
    write(root, 'a/b/c/deep.md', '# Deep note\n\nA note about the pelican working group.');
    write(root, 'notes/extra.yml', 'title: Extra notes\nitems:\n  - Flamingo statistics task force\n');
    write(
      root,
      'calendar/sessions.ics',
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//test//EN',
        'BEGIN:VEVENT',
        'UID:series-1@test',
        'DTSTAMP:20140101T000000Z',
        'DTSTART;TZID=America/New_York:20140307T100000',
        'DTEND;TZID=America/New_York:20140307T113000',
        'RRULE:FREQ=DAILY;INTERVAL=3;COUNT=3',
        'SUMMARY:Working session',
        'LOCATION:Conference Room 2',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    const corpus = await loadCorpus(root);
    expect(corpus.warnings).toEqual([]);
    const paths = corpus.documents.map((d) => d.path).sort();
    expect(paths).toEqual(['a/b/c/deep.md', 'calendar/sessions.ics', 'notes/extra.yml']);
    const yml = corpus.documents.find((d) => d.path === 'notes/extra.yml');
    expect(yml?.title).toBe('Extra notes');
    expect(yml?.body).toContain('Flamingo statistics task force');

    const ics = corpus.documents.find((d) => d.path === 'calendar/sessions.ics');
    const events = ics?.events ?? [];
    expect(events).toHaveLength(3);
    // 7 March is before the US switch to daylight time (9 March 2014), 10 and 13 March after it.
    expect(events.map((e) => e.start.toISOString())).toEqual([
      '2014-03-07T15:00:00.000Z',
      '2014-03-10T14:00:00.000Z',
      '2014-03-13T14:00:00.000Z',
    ]);
    expect(events[0]?.end?.toISOString()).toBe('2014-03-07T16:30:00.000Z');
    expect(events.every((e) => e.timezone === 'America/New_York' && e.title === 'Working session')).toBe(true);
    expect(ics?.body).toContain('Conference Room 2');
  });
});
