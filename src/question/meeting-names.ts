import { type MeetingCode, meetingCodePattern } from '../knowledge/meeting-codes.js';
import { CARDINAL_PATTERN, ORDINAL_PATTERN } from '../knowledge/ordinals.js';
import { alternation } from './phrases.js';

/**
 * How people name one meeting of a series: by ordinal ("the eighth meeting", "8th workshop"), by number
 * ("meeting 8", "workshop no. eight"), or by the series' own word for its meetings with a year or month. The
 * word is the corpus's: a commission that holds "workshops" is asked about "the third workshop". "Meeting",
 * "edition", "round" ("the 3rd round") and "gathering" name an instance of any series, so they always count.
 */
export const UNIVERSAL_NOUNS = ['meeting', 'edition', 'round', 'gathering'];

export interface MeetingNamePatterns {
  nouns: string[];
  /** "the eighth (coordination) meeting": group 1 is the ordinal. */
  ordinal: RegExp;
  /** "meeting 8", "workshop no. eight", "meeting #8": group 1 is the number, in digits or words. */
  numbered: RegExp;
  /** The series' noun anywhere: tells a year that names a meeting from one that dates a document. */
  noun: RegExp;
  /** Questions about the series as a whole: "which meetings", "how many workshops", "across the meetings". */
  aggregate: RegExp;
  /** "How many meetings": a count of meetings, not a count inside one. */
  count: RegExp;
  /** "TC.3", "tc3": the series' own code for a meeting (group 1 is the number), where the corpus has one. */
  code?: RegExp;
}

/** "How many *of these* meetings": a partitive before the series' noun still counts the series. */
const OF_THESE = '(?:of (?:the|these|those|all the) )?';

export function meetingNamePatterns(corpusNouns: Iterable<string>, codes: MeetingCode[] = []): MeetingNamePatterns {
  const code = meetingCodePattern(codes);
  const nouns = [...new Set([...UNIVERSAL_NOUNS, ...corpusNouns].map((n) => n.toLowerCase()))];
  const N = `(?:${alternation(nouns)})s?`;
  return {
    nouns,
    ordinal: new RegExp(`\\b(${ORDINAL_PATTERN})\\s+(?:[\\p{L}-]+\\s+){0,3}?${N}\\b`, 'giu'),
    numbered: new RegExp(
      `\\b${N}\\s+(?:no\\.?\\s*|number\\s+|#)?(\\d{1,2}|${CARDINAL_PATTERN})\\b(?!\\s*(?:st|nd|rd|th|[/:.]\\d))`,
      'giu',
    ),
    noun: new RegExp(`\\b${N}\\b`, 'iu'),
    aggregate: new RegExp(
      `\\b(?:which|what|list(?: all)?|all(?: the)?) (?:[\\p{L}-]+ )?${N}\\b(?!\\s+(?:was|is|did|had|has)\\b)|\\b(?:in|at|during) which ${N}\\b|\\bhow many ${OF_THESE}(?:[\\p{L}-]+ )?${N}\\b|\\bacross (?:the |all )?(?:[\\p{L}-]+ )?${N}\\b|\\bany ${N}\\b|\\bthe (?:[\\p{L}-]+ )?series\\b|\\b(?:all|every) (?:the )?(?:[\\p{L}-]+ )?${N}\\b|\\beach (?:[\\p{L}-]+ )?${N}\\b`,
      'iu',
    ),
    count: new RegExp(`\\bhow many ${OF_THESE}(?:[\\p{L}-]+ )?${N}\\b`, 'iu'),
    ...(code ? { code } : {}),
  };
}
