import { mergeSources } from './sources.js';
import { NOT_FOUND } from './thresholds.js';
import type { Answer } from './types.js';

export interface PartAnswer {
  /** The part as typed, to name what was not found. */
  asked: string;
  answer: Answer;
}

/**
 * One answer to a question that asks several things, from the answers to its parts. The first part is what the
 * question is about; the later ones ask more of it ("…, and how much?"), so when the first finds nothing the
 * question is answered as a whole, as if it asked one thing. A later part that finds nothing on its own may still be
 * answered by what the whole question finds, read together ("which room and what hours were booked"); failing that
 * it is said not to be found, in its own words, rather than dropped. Text one part repeats from another is said once.
 */
export function combinePartAnswers(whole: Answer, parts: PartAnswer[]): Answer {
  const [first] = parts;
  if (!first?.answer.answered || parts.length < 2) return whole;
  const said: string[] = [];
  const answered = parts.filter((p) => p.answer.answered).map((p) => p.answer);
  for (const { asked, answer } of parts) {
    if (!answer.answered && !whole.answered) {
      said.push(`On “${asked.replace(/[?.!\s]+$/, '')}”: ${NOT_FOUND}`);
      continue;
    }
    if (!answer.answered) answered.push(whole);
    const text = (answer.answered ? answer : whole).answer.trim();
    if (said.some((s) => repeats(text, s))) continue;
    const covered = said.findIndex((s) => text.includes(s));
    if (covered >= 0) said.splice(covered, 1, text);
    else said.push(text);
  }
  return {
    ...first.answer,
    answer: said.join('\n'),
    sources: answered.reduce((all, a) => mergeSources(all, a.sources), [] as Answer['sources']),
    confidence: Math.min(...answered.map((a) => a.confidence)),
    sessionKeys: [...new Set(answered.flatMap((a) => a.sessionKeys ?? []))],
  };
}

/**
 * Whether a part's text says nothing an earlier one has not: it is inside it, or, after the provenance and label they
 * open with alike ("From the 4th assembly …: Key outcomes: "), what follows is inside what follows there.
 */
function repeats(text: string, said: string): boolean {
  if (said.includes(text)) return true;
  let shared = 0;
  while (shared < text.length && text[shared] === said[shared]) shared++;
  // The shared opening must end at a label's colon, and the rest must stand there as whole sentences: "held on 5
  // May" is no repeat of "held on 15 May".
  const cut = text.lastIndexOf(': ', shared - 2) + 2;
  if (cut < 2) return false;
  const rest = text.slice(cut);
  const at = said.indexOf(rest, cut);
  return at >= 0 && (at === cut || /[.!?]\s$/.test(said.slice(at - 2, at)));
}
