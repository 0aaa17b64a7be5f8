import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ExportedRecord } from '../record-export.js';

/**
 * Drafted records as front-matter files a person can review, correct and commit into the knowledge folder,
 * where the hand-written record then wins over the draft. Each file says where every field was read and what
 * the pages disagree on. An existing file is never overwritten: it may hold someone's corrections.
 */
export interface YamlWrite {
  written: string[];
  kept: string[];
}

function slug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'meeting'
  );
}

export function draftFileName(r: ExportedRecord): string {
  return `${String(r.number).padStart(2, '0')}-${slug(r.title)}.md`;
}

export function draftDocument(r: ExportedRecord): string {
  const { sources, provenance, conflicts, ...record } = r;
  const lines = [
    '---',
    stringify(record, { lineWidth: 0 }).trimEnd(),
    '---',
    '',
    `# ${record.title}`,
    '',
    `Drafted by \`npm run ingest -- --records --yaml\` from ${sources.join(', ')}. Check every field against the`,
    'pages, correct it here, and keep this file in the knowledge folder: a hand-written record wins over the draft.',
    '',
    '## Where each field was read',
    '',
    ...Object.entries(provenance ?? {}).map(([field, o]) => `- \`${field}\`: ${o.path}, line ${o.line}`),
  ];
  if (conflicts?.length) {
    lines.push('', '## What the pages disagree on', '');
    for (const c of conflicts) {
      lines.push(
        `- \`${c.field}\`: ${c.values.map((v) => `"${v.value}" (${v.from.path}, line ${v.from.line})`).join('; ')}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

export async function writeDrafts(records: ExportedRecord[], dir: string): Promise<YamlWrite> {
  await mkdir(dir, { recursive: true });
  const result: YamlWrite = { written: [], kept: [] };
  for (const r of records) {
    const file = path.join(dir, draftFileName(r));
    if (existsSync(file)) {
      result.kept.push(file);
      continue;
    }
    await writeFile(file, draftDocument(r), 'utf8');
    result.written.push(file);
  }
  return result;
}
