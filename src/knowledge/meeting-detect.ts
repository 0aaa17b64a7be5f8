import { MONTH_PATTERN, monthNumber, ORDINAL_PATTERN, ordinalToNumber } from './ordinals.js';

/**
 * Finds which meeting a raw page is about ("Tenth Coordination Meeting", "9 to 10 February 2012") so pages
 * dropped into the knowledge folder without front matter still answer "when was the tenth meeting?".
 */
export interface DetectedMeeting {
  number?: number;
  start?: string;
  end?: string;
  /** Set when the page gives day and month but no year, and the year came from the file name or title. */
  yearInferred?: boolean;
}

const ORDINAL_MEETING = new RegExp(`\\b(${ORDINAL_PATTERN})\\s+((?:[A-Za-z-]+\\s+){0,3}?)meetings?\\b`, 'gi');
const QUALIFIERS =
  /^(annual|coordination|regular|informal|technical|expert|group|consultative|inter-agency|interagency)$/i;

/** Only a meeting's own qualifiers may stand between the ordinal and "meeting" ("Tenth Coordination Meeting"), not a clause. */
function namesAMeeting(between: string): boolean {
  return between
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => /^[A-Z]/.test(word) || QUALIFIERS.test(word));
}
const D = '(\\d{1,2})';
const Y = '(\\d{4})';
const M = `(${MONTH_PATTERN})`;
const SEP = '\\s*(?:-|–|—|to|and|until)\\s*';
const DATE_FORMS: Array<{
  re: RegExp;
  pick: (m: RegExpExecArray) => [string, string, string, string, string, string];
}> = [
  // 15 October 2003 to 16 October 2003 / 30 November to 1 December 2006
  {
    re: new RegExp(`\\b${D}\\s+${M},?\\s*${Y}?${SEP}${D}\\s+${M},?\\s+${Y}`, 'i'),
    pick: (m) => [m[1]!, m[2]!, m[3] ?? m[6]!, m[4]!, m[5]!, m[6]!],
  },
  // 9-10 February 2012, 9 to 10 February (year may be missing)
  {
    re: new RegExp(`\\b${D}${SEP}${D}\\s+${M},?\\s*${Y}?`, 'i'),
    pick: (m) => [m[1]!, m[3]!, m[4] ?? '', m[2]!, m[3]!, m[4] ?? ''],
  },
  // February 9-10, 2012
  {
    re: new RegExp(`\\b${M}\\s+${D}${SEP}${D},?\\s*${Y}?`, 'i'),
    pick: (m) => [m[2]!, m[1]!, m[4] ?? '', m[3]!, m[1]!, m[4] ?? ''],
  },
];

function iso(year: string, month: string, day: string): string | undefined {
  const mm = monthNumber(month);
  if (!mm || !year) return undefined;
  return `${year}-${String(mm).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

export function detectMeeting(text: string, hints: { path?: string; title?: string } = {}): DetectedMeeting {
  const result: DetectedMeeting = {};
  const head = `${hints.title ?? ''}\n${text.slice(0, 4000)}`;
  // The first ordinal in the title or opening lines names the page's own meeting; later ones tend to be back-references.
  const first = [...head.matchAll(ORDINAL_MEETING)].find((m) => namesAMeeting(m[2] ?? ''));
  if (first) result.number = ordinalToNumber(first[1] ?? '');

  for (const form of DATE_FORMS) {
    const match = form.re.exec(head);
    if (!match) continue;
    let [d1, m1, y1, d2, m2, y2] = form.pick(match);
    if (!y2) {
      const hinted = /(?:19|20)\d{2}/.exec(`${hints.title ?? ''} ${hints.path ?? ''}`);
      if (!hinted) break;
      y1 = hinted[0];
      y2 = hinted[0];
      result.yearInferred = true;
    }
    result.start = iso(y1 || y2, m1, d1);
    result.end = iso(y2, m2, d2);
    break;
  }
  return result;
}
