import path from 'node:path';
import { mailSubject } from '../mail-header.js';

/** A page's title: its first heading, a mail's subject, its first short line, else its file name made readable. */
export function guessTitle(body: string, filePath: string): string {
  const heading = /^#{1,3}\s+(.+)$/m.exec(body);
  if (heading?.[1]) return heading[1].trim();
  const subject = mailSubject(body);
  if (subject) return subject;
  const firstLine = body
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
  // A run of spaces parts the columns of a letterhead ("CELSA        CEL-C2-INF-03"): they read as parts of one title.
  if (firstLine && firstLine.length <= 120) return firstLine.replace(/\s{3,}/g, ' · ');
  return path
    .basename(filePath, path.extname(filePath))
    .replace(/[-_]+/g, ' ')
    .replace(/^\d+\s+/, '')
    .trim();
}
