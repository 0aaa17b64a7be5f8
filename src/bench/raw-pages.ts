import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ordinalSuffix } from '../knowledge/ordinals.js';
import { FIRST_NAMES, LAST_NAMES, seededRandom, wordPool } from './synthetic-corpus.js';

/**
 * A folder of raw pages for the ingest benchmark: four pages per numbered meeting, in the shapes a secretariat
 * publishes (a plain-text programme with day and time headings, an HTML news item, a Markdown announcement with
 * fields and a lettered list, a report with numbered paragraphs and a documents list). Seeded, so every run reads
 * the same folder.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October'];
const CITIES = ['Geneva', 'Nairobi', 'Bangkok', 'Santiago', 'Vienna', 'New York', 'Addis Ababa', 'Rome'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function writeRawPages(dir: string, pages: number, seed = 11): number {
  const random = seededRandom(seed);
  const words = wordPool(random, 4000);
  const pickOf = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const phrase = (n: number) => Array.from({ length: n }, () => words.pick()).join(' ');
  const person = () => `${pickOf(FIRST_NAMES)} ${pickOf(LAST_NAMES)}`;
  const meetings = Math.ceil(pages / 4);
  let written = 0;
  const write = (file: string, text: string) => {
    if (written >= pages) return;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
    written++;
  };
  for (let n = 1; n <= meetings; n++) {
    const year = 1990 + (n % 35);
    const month = pickOf(MONTHS);
    const day = 1 + Math.floor(random() * 20);
    const city = pickOf(CITIES);
    const topic = `${phrase(2)} statistics`;
    const name = `${ordinalSuffix(n)} Expert Forum on ${topic}`;
    const symbol = (k: string) => `EFS/${year}/${n}/${k}`;
    const weekday = (offset: number) => WEEKDAYS[(n + offset) % 7];
    const items = Array.from(
      { length: 6 },
      (_, i) => `${i + 1}. ${phrase(6)}\n  • ${person()}, Director, ${phrase(2)} Office`,
    );
    write(
      `forum-${n}/programme.txt`,
      [
        name,
        `${city}, ${day}-${day + 1} ${month} ${year}`,
        '',
        'Programme',
        '',
        `${weekday(0)}, ${day} ${month} ${year}`,
        '09:30 – 12:30',
        'Morning sitting',
        ...items.slice(0, 3),
        '14.00 – 17.00 hrs',
        'Afternoon sitting',
        ...items.slice(3, 5),
        '',
        `${weekday(1)}, ${day + 1} ${month} ${year}`,
        '10 a.m. – 1 p.m.',
        items[5],
        '',
      ].join('\n'),
    );
    write(
      `forum-${n}/news.html`,
      `<html><head><title>${name} ends | News</title></head><body><nav>Home News Contact</nav><h1>${name} ends in ${city}</h1>
<p>The ${name} was held from ${day} to ${day + 1} ${month} ${year} and was attended by ${20 + (n % 80)} participants.
It was opened by Ms. ${person()}, Chief of the ${phrase(2)} Unit, who spoke about ${phrase(12)}.</p>
<p>${Array.from({ length: 6 }, () => `${phrase(14)}.`).join(' ')}</p></body></html>`,
    );
    write(
      `forum-${n}/announcement.md`,
      [
        `# Announcement: ${name}`,
        '',
        `- **City:** ${city}`,
        `- **Venue:** ${phrase(2)} Conference Centre`,
        `- **Dates:** ${day}–${day + 1} ${month} ${year}`,
        '',
        '## Objectives',
        '',
        'The forum aims to:',
        '',
        ...['a', 'b', 'c', 'd'].map((l) => `(${l}) ${phrase(10)};`),
        '',
      ].join('\n'),
    );
    write(
      `forum-${n}/report.txt`,
      [
        `REPORT OF THE ${name.toUpperCase()}`,
        symbol('REP'),
        `${day + 20} ${month} ${year}`,
        '',
        ...Array.from({ length: 8 }, (_, i) => `${i + 1}. ${phrase(40)}.`),
        '',
        'The following documents were before the forum:',
        `   - ${symbol('1')}  Provisional agenda`,
        `   - ${symbol('2')}  ${phrase(5)}`,
        `   - ${symbol('INF.1')}  List of participants`,
        '',
      ].join('\n'),
    );
  }
  return written;
}
