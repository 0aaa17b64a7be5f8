import { parse, stringify } from 'yaml';
import { ErrorCode, KnowledgeError } from '../../errors.js';
import type { LoadedDocument } from '../document.js';
import { meetingDocument, parseStructured } from './front-matter.js';
import { guessTitle } from './title.js';

/** A .yml file is either a meeting record without prose, or any structured notes, indexed as readable text. */
export function loadYaml(relPath: string, text: string): LoadedDocument {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new KnowledgeError(
      ErrorCode.DocumentUnreadable,
      `${relPath}: not valid YAML: ${(error as Error).message.split('\n')[0]}`,
      relPath,
      { cause: error },
    );
  }
  if (data && typeof data === 'object' && 'number' in data) {
    const parsed = parseStructured(data, relPath);
    if (parsed.kind === 'meeting') return meetingDocument(relPath, 'yaml', parsed.record, '');
  }
  const body = stringify(data).trim();
  const title =
    data && typeof data === 'object' && typeof (data as { title?: unknown }).title === 'string'
      ? String((data as { title: string }).title)
      : guessTitle('', relPath);
  return { path: relPath, format: 'yaml', title, body };
}
