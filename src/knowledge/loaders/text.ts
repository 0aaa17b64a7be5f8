import { cleanText } from '../clean-text.js';
import type { LoadedDocument } from '../document.js';
import { unquoteMail } from './mail-quotes.js';
import { guessTitle } from './title.js';

export function loadText(relPath: string, text: string): LoadedDocument {
  const body = cleanText(unquoteMail(text));
  return { path: relPath, format: 'text', title: guessTitle(body, relPath), body };
}
