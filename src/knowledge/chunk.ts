import { createHash } from 'node:crypto';
import { squash } from './clean-text.js';
import type { KnowledgeDocument } from './document.js';
import { meetingFactBlocks } from './meeting-facts.js';
import type { Schedule } from './schedule.js';

/** Changing how text is cut changes every chunk, so indexes built by another version are not reused. */
export const CHUNKER_VERSION = 3;

export interface Chunk {
  id: string;
  path: string;
  title: string;
  url?: string;
  section: string;
  kind: 'prose' | 'table' | 'facts';
  /** What a reader sees quoted. */
  text: string;
  /** What search sees: the text with the title and section it sits under. */
  searchText: string;
  meetingNumber?: number;
  meetingStart?: string;
  meetingEnd?: string;
  /** SHA-256 of searchText: the embedding cache key. */
  hash: string;
}

export interface ChunkOptions {
  targetChars?: number;
  maxChars?: number;
}

interface Block {
  kind: 'heading' | 'table' | 'text';
  level?: number;
  lines: string[];
}

function toBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, lines: [heading[2]!.trim()] });
      current = undefined;
      continue;
    }
    if (line.trim() === '') {
      current = undefined;
      continue;
    }
    const kind = line.trimStart().startsWith('|') ? 'table' : 'text';
    const isListItem = /^\s*([-*+]|\d+[.)])\s+/.test(line);
    if (
      !current ||
      current.kind !== kind ||
      (kind === 'text' &&
        isListItem &&
        current.lines.length > 0 &&
        !current.lines.every((l) => /^\s*([-*+]|\d+[.)])\s+/.test(l)))
    ) {
      current = { kind, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  return blocks;
}

function splitSentences(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const sentences = text.match(/[^.!?]+[.!?]+["')\]]*\s*|[^.!?]+$/g) ?? [text];
  const out: string[] = [];
  let buf = '';
  for (const s of sentences) {
    if (buf && buf.length + s.length > max) {
      out.push(buf.trim());
      buf = '';
    }
    // A single run-on "sentence" longer than the limit is cut at word boundaries.
    if (s.length > max) {
      let rest = s.trim();
      while (rest.length > max) {
        const space = rest.lastIndexOf(' ', max);
        const cut = space > 0 ? space : max;
        out.push(rest.slice(0, cut).trim());
        rest = rest.slice(cut).trim();
      }
      if (rest) out.push(rest);
      continue;
    }
    buf += s;
  }
  if (buf.trim()) out.push(buf.trim());
  return out;
}

function tableRows(block: Block): { header: string[]; rows: string[] } {
  const lines = block.lines;
  const separatorAt = lines.findIndex((l) => /^\s*\|?\s*:?-{2,}/.test(l));
  if (separatorAt === 1) return { header: lines.slice(0, 2), rows: lines.slice(2) };
  return { header: [], rows: lines };
}

export function chunkDocument(doc: KnowledgeDocument, schedule: Schedule, options: ChunkOptions = {}): Chunk[] {
  const target = options.targetChars ?? 700;
  const max = options.maxChars ?? 1200;
  const meeting = doc.meetingNumber ? schedule.byNumber.get(doc.meetingNumber) : undefined;
  const pieces: Array<{ section: string; kind: Chunk['kind']; text: string }> = [];

  if (doc.record && meeting && meeting.sourcePath === doc.path) {
    for (const block of meetingFactBlocks(meeting))
      pieces.push({ section: block.section, kind: 'facts', text: block.text });
  }

  const headings: string[] = [];
  let buf: string[] = [];
  const flush = () => {
    const text = buf.join('\n\n').trim();
    if (text)
      for (const part of splitSentences(text, max))
        pieces.push({ section: headings.filter(Boolean).join(' > '), kind: 'prose', text: part });
    buf = [];
  };
  for (const block of toBlocks(doc.body)) {
    if (block.kind === 'heading') {
      flush();
      const level = block.level ?? 2;
      headings.length = Math.max(0, level - 1);
      headings[level - 1] = block.lines[0] ?? '';
      continue;
    }
    if (block.kind === 'table') {
      flush();
      const { header, rows } = tableRows(block);
      let group: string[] = [];
      const emit = () => {
        if (group.length)
          pieces.push({
            section: headings.filter(Boolean).join(' > '),
            kind: 'table',
            text: [...header, ...group].join('\n'),
          });
        group = [];
      };
      for (const row of rows) {
        if (group.length && [...header, ...group, row].join('\n').length > target) emit();
        group.push(row);
      }
      emit();
      continue;
    }
    const text = block.lines.join('\n');
    if (buf.length && buf.join('\n\n').length + text.length > target) flush();
    buf.push(text);
  }
  flush();

  return pieces.map((p, i) => {
    const sectionLabel = p.section ? ` — ${p.section}` : '';
    const searchText = `${doc.title}${sectionLabel}\n${p.text}`;
    return {
      id: `${doc.path}#${i}`,
      path: doc.path,
      title: doc.title,
      url: doc.url,
      section: p.section,
      kind: p.kind,
      text: p.text,
      searchText,
      meetingNumber: meeting?.number,
      meetingStart: meeting?.start,
      meetingEnd: meeting?.end,
      hash: createHash('sha256').update(`${CHUNKER_VERSION}\n${searchText}`).digest('hex'),
    };
  });
}

export function snippet(text: string, max = 280): string {
  const flat = squash(text.replace(/^\|.*\|$/gm, (row) => row.replace(/\|/g, ' ')));
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
