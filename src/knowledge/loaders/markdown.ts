import { cleanText } from '../clean-text.js';
import type { LoadedDocument } from '../document.js';
import { meetingDocument, parseStructured, splitFrontMatter } from './front-matter.js';
import { guessTitle } from './title.js';

export function loadMarkdown(relPath: string, text: string): LoadedDocument {
  const { data, body: rawBody } = splitFrontMatter(text, relPath);
  const parsed = parseStructured(data, relPath);
  const body = cleanText(rawBody);
  if (parsed.kind === 'meeting') return meetingDocument(relPath, 'markdown', parsed.record, body);
  return {
    path: relPath,
    format: 'markdown',
    title: parsed.page.title ?? guessTitle(body, relPath),
    url: parsed.page.url,
    body,
    tags: parsed.page.tags,
    // Front matter without `meeting:` says the page is not about one meeting; without front matter, text decides.
    declaredMeeting: data === undefined ? undefined : (parsed.page.meeting ?? null),
  };
}
