import type { Chunk } from '../knowledge/chunk.js';
import { capitalisedRuns } from '../retrieval/tokenize.js';
import type { Answer } from './types.js';

// Letters with a number after them ("CRP 2 Rev. 1", "WP-3") name a numbered paper or item, not an acronym to spell.
const ASKS =
  /\b(?:[Ww]hat(?:'s|s)?)\s+(?:does|is|are)\s+(?:the\s+)?([A-Z][A-Z0-9]{1,7})\b(?![\s.-]*\d)(?:\s+(?:stand for|mean|short for))?/;
const CONNECTORS = new Set(['on', 'and', 'of', 'for', 'the', 'in', 'to']);

/** The spelled-out name whose initials make the acronym, as the documents write it just before "(GFMD)". */
function expansionIn(text: string, acronym: string): string | undefined {
  const at = text.indexOf(`(${acronym})`);
  if (at < 0) return undefined;
  const words = text.slice(0, at).trim().split(/\s+/);
  const picked: string[] = [];
  let letters = acronym.toLowerCase();
  for (let i = words.length - 1; i >= 0 && letters.length > 0; i--) {
    const word = words[i] ?? '';
    picked.unshift(word);
    if (CONNECTORS.has(word.toLowerCase())) continue;
    const parts = word.split('-').filter(Boolean);
    const initials = parts.map((p) => p[0]?.toLowerCase() ?? '').join('');
    if (letters.endsWith(initials)) letters = letters.slice(0, -initials.length);
    else if (letters.endsWith(initials[0] ?? '')) letters = letters.slice(0, -1);
    else return undefined;
  }
  return letters.length === 0 ? picked.join(' ').replace(/^[("'“]+/, '') : undefined;
}

/** "What does GFMD stand for?" answered from the first place the documents spell it out. */
export function answerAboutAcronym(question: string, chunks: Chunk[]): Answer | undefined {
  const acronym = ASKS.exec(question)?.[1];
  if (!acronym) return undefined;
  const key = acronym.toLowerCase();
  const spelledOut = (text: string) =>
    expansionIn(text, acronym) ??
    capitalisedRuns(text)
      .find((r) => r.acronym === key)
      ?.run.replace(/^The\s+/, '');
  for (const chunk of chunks) {
    const expansion = spelledOut(chunk.text);
    if (!expansion) continue;
    return {
      answer: `${acronym} stands for ${expansion}.`,
      answered: true,
      intent: 'acronym',
      sources: [
        { path: chunk.path, title: chunk.title, url: chunk.url ?? null, score: 1, section: chunk.section || undefined },
      ],
      confidence: 0.9,
    };
  }
  return undefined;
}
