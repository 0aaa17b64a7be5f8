import type { KnowledgeDocument } from './document.js';
import { detectMeeting, type LearnedNouns } from './meeting-detect.js';
import type { ReadingUnit } from './reading-units.js';

/**
 * Codes a series writes for its meetings: "TC.3" or "TC3" for the third technical consultation, "CQ2" for the
 * second colloquium, learned from the corpus itself. A code is letters and a number ("IPMC/TC.3/INF/2", "(TC.3)");
 * its letters are a meeting code when, on pages about one meeting, they stand beside that meeting's number far
 * more often than beside another's, for several meetings. "WP-02" on the second meeting's page is a paper's number,
 * beside "WP-01" and "WP-03" there; "DAY 2" is beside every day.
 */
const CODE = /(?<![\p{L}\d])(\p{Lu}{1,4})[.\s-]?(\d{1,2})(?![\d\p{L}]|[.,]\d)/gu;
/** Meetings a code must number correctly before it counts. */
const MIN_MEETINGS = 2;
/** Times as often beside its page's own meeting as beside another. */
const MIN_AGREEMENT = 2;

/**
 * A series' code for its meetings. `joined`: the letters are also an everyday word of the corpus ("A" of "PNFG.A3",
 * beside the article "a"), so only the code written joined to its number ("A3", "A.3", "a3") names a meeting; "a 3"
 * is a word and a number.
 */
export interface MeetingCode {
  letters: string;
  joined: boolean;
}

export function learnMeetingCodes(documents: KnowledgeDocument[]): MeetingCode[] {
  const stats = new Map<string, { meetings: Set<number>; agree: number; disagree: number }>();
  for (const d of documents) {
    if (d.meetingNumber === undefined) continue;
    for (const m of `${d.title}\n${d.body}`.matchAll(CODE)) {
      const letters = (m[1] ?? '').toLowerCase();
      const s = stats.get(letters) ?? { meetings: new Set<number>(), agree: 0, disagree: 0 };
      stats.set(letters, s);
      if (Number(m[2]) === d.meetingNumber) {
        s.agree++;
        s.meetings.add(d.meetingNumber);
      } else s.disagree++;
    }
  }
  const codes = [...stats]
    .filter(([, s]) => s.meetings.size >= MIN_MEETINGS && s.agree >= MIN_AGREEMENT * s.disagree)
    .map(([letters]) => letters);
  // An address ("tc3@…") is no word, and neither is the "s" of "the hall's".
  return codes.map((letters) => {
    const asWord = new RegExp(`(?<![\\p{L}\\d@./'’-])${letters}(?![\\p{L}\\d@./-])`, 'u');
    return { letters, joined: documents.some((d) => asWord.test(d.body)) };
  });
}

/** "TC.3", "tc3", "TC 3" for the learned codes (group 1 is the number); undefined when the series has none. */
export function meetingCodePattern(codes: MeetingCode[]): RegExp | undefined {
  const forms = codes.map((c) => (c.joined ? `${c.letters}[.-]?` : `${c.letters}\\s?[.-]?\\s?`));
  return forms.length ? new RegExp(`\\b(?:${forms.join('|')})(\\d{1,2})\\b`, 'giu') : undefined;
}

/**
 * The meeting a heading is the name of, by its code: "TC.2 – Nairobi, 21–23 March 2022" over one meeting's part of
 * a page that covers two. Only a heading that opens with the code is that meeting's; "Follow-up to TC.2" is not.
 */
export function meetingByCode(heading: string, code: RegExp | undefined): number | undefined {
  if (!code) return undefined;
  let opening = openings.get(code);
  if (!opening) {
    opening = new RegExp(`^\\s*(?:the\\s+)?(?:${code.source})`, 'iu');
    openings.set(code, opening);
  }
  const found = opening.exec(heading);
  return found ? Number(found[1]) : undefined;
}

/** Each code pattern's heading-opening form, built once: headings are read unit by unit. */
const openings = new WeakMap<RegExp, RegExp>();

/** The words a bullet opens with, where a meeting's name stands when the bullet is that meeting's name. */
const NAME_OPENING_WORDS = 4;

/**
 * The meeting a part of a page covering several is about: its heading opens with the meeting's code ("TC.2 –
 * Nairobi, …"), or a bullet it sits under opens with the code or the meeting's ordinal name ("2nd Colloquium –
 * Durban, 15–17 March 2022" over that colloquium's documents). Innermost first.
 */
export function meetingOfPart(
  unit: Pick<ReadingUnit, 'frame'>,
  code: RegExp | undefined,
  nouns: LearnedNouns = [],
): number | undefined {
  for (const parent of [...(unit.frame.under ?? [])].reverse()) {
    const opening = parent.split(/\s+/).slice(0, NAME_OPENING_WORDS).join(' ');
    const n = meetingByCode(parent, code) ?? detectMeeting(opening, { nouns }).number;
    if (n !== undefined) return n;
  }
  return meetingByCode(unit.frame.heading ?? '', code);
}
