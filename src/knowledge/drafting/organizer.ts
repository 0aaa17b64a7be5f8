import nlp from '../../text/nlp.js';
import { detectMeeting, type LearnedNouns } from '../meeting-detect.js';
import type { ReadingUnit } from '../reading-units.js';
import type { Drafted } from './origin.js';
import { opensWithHonorific } from './people.js';

/**
 * Who hosts and who organises a meeting, as its pages say it: a field of its own ("Host: Krakowskie Tramwaje Miejskie
 * (KTM)", "Organised by: …"), or prose ("Hosted by Forth Street Tramways (FST)", "… will be held in Montevideo,
 * hosted by the National Directorate of Stream Gauging (DINAF)", "at the invitation of the Osservatorio Etneo
 * (OES)"). The body is a name in capitals, with its short form in brackets if the page gives one; "our host" or
 * "the city tramways" name none. A sentence about another meeting of the series names that meeting's host.
 */

/** The words that join the capitalised words of a body's name, in the languages such names are written in. */
const JOINING = '(?:of|the|for|and|on|in|de|do|da|di|del|des|du|la|le|van|von|für|y|e)';
const NAME_WORD = "\\p{Lu}[\\p{L}'’&–-]*";
/** A short form has two capitals or more, in whatever case the rest is: "(DINAF)", "(PoAB)", "(HbR)". */
const ACRONYM = '\\((?=[^)]*\\p{Lu}[^)]*\\p{Lu})\\p{Lu}[\\p{L}&.-]{1,11}\\)';
/**
 * A name up to the short form in brackets may hold words in lower case ("Centre de ressources génétiques fruitières
 * du Val de Loire (CRGF)"); without one, the name is its run of capitalised words and the words that join them.
 */
const BODY = `((?:\\p{Lu}[^()\\n.;,:]{2,90}?\\s${ACRONYM})|(?:${NAME_WORD})(?:\\s+(?:${JOINING}\\s+)*${NAME_WORD})*)`;
// Labels are spelt in both cases by hand: a case-blind pattern would let \p{Lu} take lower-case words for a name.
const field = (labels: string) => new RegExp(`^(?:${labels})\\s*:\\s*(?:the\\s+)?${BODY}`, 'u');
const byVerb = (verbs: string) => new RegExp(`\\b(?:${verbs})\\s+by\\s+(?:the\\s+)?${BODY}`, 'u');
/** A page tells the two apart: "organized by the secretariat together with the Authority, which hosted it". */
const HOST_CUES = [
  field('[Hh]osts?|[Hh]ost [Oo]rgani[sz]ation|[Hh]osted by'),
  byVerb('[Hh]osted'),
  new RegExp(`\\b[Aa]t\\s+the\\s+invitation\\s+of\\s+(?:the\\s+)?${BODY}`, 'u'),
];
const ORGANIZER_CUES = [
  field('[Oo]rgani[sz]ers?|[Oo]rgani[sz]ed by|[Cc]onvened by|[Cc]onvener'),
  byVerb('[Oo]rgani[sz]ed|[Cc]onvened'),
];
/**
 * "the Pilotage Unit together with the Port of Ghent (PoG)": an English function word that is not a name's joining
 * word ("with", "which") runs on into a second body; the name is then the capitalised words it opens with.
 */
const JOINING_WORD = new RegExp(`^${JOINING}$`, 'u');
const CAPITALISED_NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:${JOINING}\\s+)*${NAME_WORD})*`, 'u');

function oneName(body: string): string | undefined {
  const lower = (body.match(/(?<![\p{L}])\p{Ll}+/gu) ?? []).filter((w) => !JOINING_WORD.test(w));
  const runsOn = lower.length > 0 && nlp(lower.join(' ')).has('(#Preposition|#Conjunction|#Pronoun|#Determiner)');
  return runsOn ? CAPITALISED_NAME.exec(body)?.[0] : body;
}

function readBody(
  cues: RegExp[],
  units: ReadingUnit[],
  path: string,
  number: number,
  nouns: LearnedNouns,
): Drafted<string> | undefined {
  // Only a unit that states a host is read for the meeting it names: detection is the slow part.
  const aboutAnother = (u: ReadingUnit) => {
    const named = detectMeeting(u.text, { nouns }).number;
    return named !== undefined && named !== number;
  };
  for (const pattern of cues) {
    for (const u of units) {
      const found = pattern.exec(u.text.replace(/^[-•*]\s*/, ''))?.[1]?.trim();
      // "Hosted by Ms. Ana Lima": a person, not a body.
      const body = found && !opensWithHonorific(found) ? oneName(found) : undefined;
      if (body && !aboutAnother(u)) return { value: body, from: { path, line: u.line } };
    }
  }
  return undefined;
}

export const readHost = (units: ReadingUnit[], path: string, number: number, nouns: LearnedNouns = []) =>
  readBody(HOST_CUES, units, path, number, nouns);

export const readOrganizer = (units: ReadingUnit[], path: string, number: number, nouns: LearnedNouns = []) =>
  readBody(ORGANIZER_CUES, units, path, number, nouns);
