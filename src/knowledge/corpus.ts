import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describeError, ErrorCode, KnowledgeError } from '../errors.js';
import type { DocumentFormat, KnowledgeDocument, LoadedDocument } from './document.js';
import { learnEventNouns } from './event-nouns.js';
import { loadHtml } from './loaders/html.js';
import { loadMarkdown } from './loaders/markdown.js';
import { loadPdf } from './loaders/pdf.js';
import { loadText } from './loaders/text.js';
import { loadYaml } from './loaders/yaml.js';
import { detectMeeting, type LearnedNouns } from './meeting-detect.js';

const FORMATS: Record<string, DocumentFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.yml': 'yaml',
  '.yaml': 'yaml',
  '.ics': 'ics',
};

/** Files above this size are skipped with a warning: a single document that large is almost always a mistake. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface CorpusWarning {
  path: string;
  message: string;
}

export interface FileStat {
  path: string;
  format: DocumentFormat;
  bytes: number;
  chars: number;
  ms: number;
}

export interface Corpus {
  root: string;
  documents: KnowledgeDocument[];
  warnings: CorpusWarning[];
  files: FileStat[];
}

export interface LoadOptions {
  onProgress?: (done: number, total: number, file: string) => void;
}

async function listFiles(root: string, warnings: CorpusWarning[]): Promise<string[]> {
  const realRoot = await fs.realpath(root);
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // A link may point anywhere on the machine; only what stays inside the knowledge folder is read.
        const target = await fs.realpath(full).catch(() => undefined);
        if (!target || (target !== realRoot && !target.startsWith(realRoot + path.sep))) {
          warnings.push({ path: rel, message: 'skipped: symbolic link leads outside the knowledge folder or nowhere' });
          continue;
        }
        isDir = (await fs.stat(target)).isDirectory();
      }
      if (isDir) await walk(full);
      else found.push(full);
    }
  };
  await walk(root);
  return found;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text files should be UTF-8. One that is not (a Latin-1 or Windows-1252 export) used to be decoded as UTF-8
 * anyway, and every accented letter silently became U+FFFD and was then dropped ("Réunion" indexed as "Runion").
 * Such a file is read as Windows-1252, a superset of Latin-1's printable range, and a warning names it.
 */
function decodeText(bytes: Buffer): { text: string; legacy: boolean } {
  // No text file holds a NUL byte; without this check random bytes would pass as Windows-1252 "text".
  if (bytes.includes(0)) throw new Error('binary content (NUL bytes), not text');
  try {
    return { text: strictUtf8.decode(bytes), legacy: false };
  } catch {
    return { text: iconv.decode(bytes, 'win1252'), legacy: true };
  }
}

async function loadOne(bytes: Buffer, rel: string, format: DocumentFormat, warnings: CorpusWarning[]) {
  if (format === 'pdf') return loadPdf(rel, bytes);
  const { text, legacy } = decodeText(bytes);
  if (legacy)
    warnings.push({ path: rel, message: 'not valid UTF-8: read as Windows-1252 (Latin-1); save it as UTF-8' });
  switch (format) {
    case 'markdown':
      return loadMarkdown(rel, text);
    case 'html':
      return loadHtml(rel, text);
    case 'yaml':
      return loadYaml(rel, text);
    case 'ics':
      // Its calendar library loads on the first .ics file, as the HTML and PDF parsers do: most corpora have none.
      return (await import('./loaders/ics.js')).loadIcs(rel, text);
    default:
      return loadText(rel, text);
  }
}

export async function loadCorpus(root: string, options: LoadOptions = {}): Promise<Corpus> {
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) {
    throw new KnowledgeError(
      ErrorCode.KnowledgeDirMissing,
      `Knowledge folder not found: ${root} (set KNOWLEDGE_DIR to a folder of .md, .txt, .html, .pdf, .yml or .ics files)`,
      root,
    );
  }
  const warnings: CorpusWarning[] = [];
  const files = await listFiles(root, warnings);
  const documents: KnowledgeDocument[] = [];
  const stats: FileStat[] = [];
  let done = 0;
  for (const full of files) {
    const rel = path.relative(root, full).split(path.sep).join('/');
    options.onProgress?.(done++, files.length, rel);
    const format = FORMATS[path.extname(full).toLowerCase()];
    if (!format) {
      warnings.push({ path: rel, message: `skipped: unsupported file type "${path.extname(full) || '(none)'}"` });
      continue;
    }
    const started = performance.now();
    try {
      const { size } = await fs.stat(full);
      if (size === 0) {
        warnings.push({ path: rel, message: 'skipped: the file is empty' });
        continue;
      }
      if (size > MAX_FILE_BYTES) {
        warnings.push({ path: rel, message: `skipped: ${(size / 1048576).toFixed(1)} MB is over the 25 MB limit` });
        continue;
      }
      const bytes = await fs.readFile(full);
      const loaded: LoadedDocument = await loadOne(bytes, rel, format, warnings);
      if (loaded.body.trim() === '' && !loaded.record && !loaded.events?.length) {
        warnings.push({ path: rel, message: 'skipped: no readable text in the file' });
        continue;
      }
      const hash = createHash('sha256').update(bytes).digest('hex');
      const detected =
        loaded.declaredMeeting === undefined
          ? detectMeeting(loaded.body, { path: rel, title: loaded.title })
          : { number: loaded.declaredMeeting ?? undefined };
      documents.push({ ...loaded, hash, detected, meetingNumber: loaded.record?.number ?? detected.number });
      stats.push({ path: rel, format, bytes: size, chars: loaded.body.length, ms: performance.now() - started });
    } catch (error) {
      // A meeting record that fails its schema is the author's mistake to fix, so it stays loud; it still does not stop the rest.
      warnings.push({ path: rel, message: `not indexed: ${describeError(error).replace(`${rel}: `, '')}` });
    }
  }
  options.onProgress?.(files.length, files.length, '');
  const nouns = learnEventNouns(documents);
  if (nouns.length) detectWithNouns(documents, nouns);
  withSeriesNoun(documents, nouns);
  if (documents.length === 0) {
    throw new KnowledgeError(
      ErrorCode.KnowledgeEmpty,
      `No readable documents in ${root}${warnings.length ? `:\n${warnings.map((w) => `  - ${w.path}: ${w.message}`).join('\n')}` : ' (the folder is empty)'}`,
      root,
    );
  }
  return { root, documents, warnings, files: stats };
}

/**
 * What most pages call their meeting ("meeting", "colloquium"): a page that names another kind of event first (the
 * "second High-level Dialogue") and one of the series' own meetings further on is read again as that meeting's; one
 * that names none of the series' own is a page of no meeting, not a page of the second meeting.
 */
/** Pages read again once the corpus has taught what it calls its meetings ("Second Monitoring Round"). */
function detectWithNouns(documents: KnowledgeDocument[], nouns: LearnedNouns): void {
  documents.forEach((d, i) => {
    if (d.record || d.declaredMeeting !== undefined || d.detected.number !== undefined) return;
    const detected = detectMeeting(d.body, { path: d.path, title: d.title, nouns });
    documents[i] = { ...d, detected, ...(detected.number !== undefined ? { meetingNumber: detected.number } : {}) };
  });
}

function withSeriesNoun(documents: KnowledgeDocument[], nouns: LearnedNouns): void {
  const counts = new Map<string, number>();
  for (const d of documents) if (d.detected.noun) counts.set(d.detected.noun, (counts.get(d.detected.noun) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const [noun, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!noun || !count || count * 2 <= total) return;
  documents.forEach((d, i) => {
    if (d.record || !d.detected.noun || d.detected.noun === noun || d.detected.number === undefined) return;
    const again = detectMeeting(d.body, { path: d.path, title: d.title, noun, nouns });
    const { meetingNumber: _, ...rest } = d;
    documents[i] =
      again.noun === noun ? { ...d, detected: again, meetingNumber: again.number } : { ...rest, detected: {} };
  });
}
