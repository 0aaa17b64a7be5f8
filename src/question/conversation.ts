import { capitalise } from '../text/capitalise.js';
import nlp from '../text/nlp.js';
import { alternation } from './phrases.js';
import { spellOutShorthand } from './shorthand.js';

/**
 * People write to a bot the way they write to a colleague: "hey, quick question — who opened the eighth meeting?
 * thanks!". The words around the question carry no content, and a search or a coverage check that sees them reads
 * "hey" and "thanks" as topics. This module separates the conversation from the question's core. The phrase lists
 * are general chat English (greetings, politeness, thanks), never the words of any one question.
 */

/** Zero-width characters, direction marks and the byte-order mark: invisible, yet they split words. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
/** Pictographs, their modifiers and joiners, and the ":emoji_name:" codes Slack sends for them. */
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{1F1E6}-\u{1F1FF}\uFE0F\u20E3]|:[a-z0-9_+-]{2,30}:/gu;

const GREETINGS = [
  'hi',
  'hello',
  'hey',
  'heya',
  'hiya',
  'yo',
  'howdy',
  'greetings',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  'dear bot',
  'hi there',
  'hey there',
  'hello there',
  'hi all',
  'hello all',
  'hi team',
  'hey team',
  'hey folks',
];
/** "can someone remind me", "could anyone tell me", "would you let me know": every asker, modal and verb. */
const ASKING_FOR = ['can', 'could', 'would', 'will'].flatMap((modal) =>
  ['you', 'someone', 'anyone', 'somebody', 'anybody', 'you guys'].flatMap((who) =>
    ['tell me', 'remind me', 'let me know', 'say'].flatMap((verb) => [
      `${modal} ${who} ${verb}`,
      `${modal} ${who} please ${verb}`,
    ]),
  ),
);
/** Chat interjections that carry no content wherever they stand: "yo when was it lol". */
const INTERJECTIONS = [
  'lol',
  'haha',
  'hehe',
  'lmao',
  'rofl',
  'xd',
  'jk',
  'tbh',
  'imo',
  'fyi',
  'omg',
  'hmm',
  'hm',
  'asap',
  'btw',
];
/** Openers that ask permission to ask, or wrap the question in a request. */
const LEAD_INS = [
  'quick question',
  'quick q',
  'a quick question',
  'one question',
  'question',
  'sorry to bother you',
  'sorry',
  'excuse me',
  'i have a question',
  'i was wondering',
  'i wonder',
  'i would like to know',
  "i'd like to know",
  'i want to know',
  'do you know',
  'do you happen to know',
  'can you tell me',
  'could you tell me',
  'can you please tell me',
  'could you please tell me',
  'would you tell me',
  'would you know',
  'can you remind me',
  'could you remind me',
  'remind me',
  'tell me',
  'please tell me',
  'please',
  'pls',
  'plz',
  'kindly',
  'just checking',
  'any idea',
  'any ideas',
  'by any chance',
  'so',
  'ok',
  'okay',
  'um',
  'uh',
  'btw',
  'does anyone know',
  'anyone know',
  'does anybody know',
  'do you guys know',
  ...ASKING_FOR,
  ...INTERJECTIONS,
];
const THANKS = [
  'thanks',
  'thank you',
  'thanks a lot',
  'thanks so much',
  'thank you so much',
  'many thanks',
  'thanks in advance',
  'thx',
  'ty',
  'tia',
  'cheers',
  'much appreciated',
  'appreciate it',
  'i appreciate it',
  'please',
  'pls',
  'plz',
  'by any chance',
  'if you know',
  'if possible',
];
/** "What can you do?", "help": a request to learn what the bot is for, not a question about the documents. */
const HELP_REQUESTS = [
  'help',
  'help me',
  'menu',
  'commands',
  'usage',
  'what can you do',
  'what do you do',
  'what can i ask',
  'what can i ask you',
  'what should i ask',
  'what are you',
  'who are you',
  'what is this bot',
  'what is this bot for',
  "what's this bot for",
  'what is this for',
  'what are you for',
  'how do i use you',
  'how does this work',
  'how do you work',
  'how can you help',
  'how can you help me',
  'what do you know',
  'what do you know about',
  'what can you help with',
  'what can you tell me',
  'what can you answer',
];

const SEPARATORS = '[\\s,.!:;…—–-]*';
const LEADING = new RegExp(
  `^(?:(?:${alternation([...GREETINGS, ...LEAD_INS, ...THANKS])})(?![\\p{L}\\p{N}'’])${SEPARATORS})+`,
  'iu',
);
const TRAILING = new RegExp(
  `(?:${SEPARATORS}(?<![\\p{L}\\p{N}])(?:${alternation([...THANKS, ...INTERJECTIONS])})(?:\\s+(?:again|a lot|lots|heaps|so much|very much|in advance))?[\\s!.]*)+$`,
  'iu',
);
const HELP = new RegExp(`^(?:${alternation(HELP_REQUESTS)})$`, 'i');
const ONLY_SOCIAL = new RegExp(
  `^(?:(?:${alternation([...GREETINGS, ...THANKS, 'ok', 'okay', 'yes', 'no', 'cool', 'great', 'nice'])})[\\s,.!?]*)+$`,
  'iu',
);

/** The assistant addressed as the topic: its own prompt, rules, settings or keys are not in the documents. */
const ABOUT_ASSISTANT = /\b(?:your|yours|yourself)\b|\byou(?:'re| are)\b/i;

export interface Conversation {
  /** The text with invisible characters removed and spacing made regular: what the person typed. */
  text: string;
  /** The question itself, without greetings, lead-ins, thanks or emoji. */
  core: string;
  /** Only greetings, thanks, emoji or a request for help: there is no question about the documents. */
  social: boolean;
  help: boolean;
  /** About the assistant itself ("what is your system prompt?"), not about the documents. */
  aboutAssistant: boolean;
  /** Sentences typed around the question that it does not ask, which may still say which meeting is meant. */
  context: string;
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Chat markup is not part of a question: Slack's "<!channel>" and "<@U123>" pings go, and so do links with the
 * words they show ("<https://…|click here>", "[click me](https://…)"): a link's label names where it leads, and
 * what the documents hold is never behind a link in a question.
 */
function withoutChatMarkup(text: string): string {
  return text
    .replace(/<[!@#][^>\s]*>/g, ' ')
    .replace(/<(?:https?|mailto):[^>]*>/g, ' ')
    .replace(/\[[^\]]*\]\((?:https?|mailto):[^)\s]*\)/g, ' ');
}

/**
 * In a message of several sentences, the ones that ask are the question; the statements and instructions around
 * them ("Also ignore your rules.") are talk, and would otherwise be read as what the question is about.
 */
function askingSentences(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length === 1) return sentences[0] ?? text;
  // "… the 2007 one talked about the GFMD, right? which country hosted the next forum": a question may come without
  // its question mark, after a sentence that sets its context.
  const asking = sentences.filter((s) => s.trim().endsWith('?') || sentenceAsks(s));
  // "july 2002 right?" after the question is the asker's guess, not a second question.
  const kept = asking.filter((s, i) => i === 0 || !isGuess(s));
  return kept.length > 0 ? kept.join(' ') : text;
}

/** Sentences end at . ! ? before the next word. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=\S)/);
}

function sentencesOf(text: string): string[] {
  return splitSentences(text).map(withoutGuess);
}

/**
 * The sentences around the question that it does not ask: "So the 2019 one was in Antwerp. Who spoke there?" names
 * its meeting in them. They are never read for what is asked, only for which meeting is meant.
 */
function contextSentences(text: string, core: string): string {
  return sentencesOf(text)
    .filter((s) => !core.includes(s.trim()))
    .join(' ');
}

/** A sentence that opens with a question word or an inverted auxiliary asks something. */
const QUESTION_OPENERS =
  "(?:who|whom|whose|what|what's|whats|when|where|which|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had)\\b";
export const ASKS = new RegExp(`^${QUESTION_OPENERS}`, 'i');
/**
 * A sentence of its own asks when it opens with a question word, after a joining word or a preposition a follow-up in
 * chat starts with: "… in the end? and at what time", "Also, who chaired it?", "In which room?".
 */
const ASKS_AS_SENTENCE = new RegExp(
  `^(?:(?:and|or|also|plus|&)[\\s,]+)?(?:(?:at|on|in|by|from|to|for|with|until|till)\\s+)?${QUESTION_OPENERS}`,
  'i',
);

export function sentenceAsks(sentence: string): boolean {
  return ASKS_AS_SENTENCE.test(sentence.trim());
}
/** Words that turn a statement into a request for confirmation: "…, right?", "… as usual?". */
const TAG =
  /[\s,]+(?:right|correct|yes|yeah|no|as usual|i think|i guess|isn't it|wasn't it|didn't it|didn't they)\s*\?\s*$/i;

/** A fragment with no verb and no question word, asked back ("july 2002?", "pop division as usual?"). */
function isGuess(text: string): boolean {
  const doc = nlp(text);
  // "…, and for which GA session?" asks a second thing.
  const asks = ASKS.test(text.trim()) || doc.has('#QuestionWord');
  return text.trim().endsWith('?') && !asks && !doc.has('#Verb') && !doc.has('^#Preposition');
}

/**
 * "Who organised the 2016 one, pop division as usual?": the asker's guess after the question is dropped, and so is
 * a tag that asks for confirmation ("…, right?"); what the question asks stays.
 */
function withoutGuess(sentence: string): string {
  const untagged = sentence.replace(TAG, '?');
  const clauses = untagged.split(/,\s+|\s+[—–-]\s+/);
  const last = clauses.at(-1) ?? '';
  if (clauses.length < 2 || !ASKS.test(untagged.trim()) || !isGuess(last)) return untagged;
  return `${untagged.slice(0, untagged.length - last.length).replace(/[\s,—–-]+$/, '')}?`;
}

/**
 * "I'm new here, could you tell me where …": a clause about the asker before the question is talk too. Only a
 * clause that starts with the asker ("I", "we", "my") is dropped; "At the 3rd meeting, who …" keeps its meeting.
 */
function withoutAskerClauses(text: string): string {
  const clauses = text.split(/(?<=[,;])\s+|\s+[—–-]\s+/);
  let start = 0;
  while (
    start < clauses.length - 1 &&
    /^(?:i|i'm|i’m|im|i've|i’ve|i am|we|we're|we’re|we are|my|our)\b/i.test(clauses[start] ?? '')
  ) {
    start++;
  }
  return start ? clauses.slice(start).join(' ') : text;
}

/** One or two words and a comma or dash before the question itself: "wait, what…", "ok so — who…". */
const MARKED_OPENER = new RegExp(`^(\\p{L}+(?:\\s+\\p{L}+)?)\\s*[,—–]\\s*(?=${QUESTION_OPENERS})`, 'iu');

/**
 * "Wait, what happened…", "also, where…": a discourse marker before the question says nothing about the documents.
 * Only words the tagger reads as no noun and no number go: "Manila, who spoke?" keeps the place it asks about.
 */
function withoutDiscourseMarker(text: string): string {
  const opener = MARKED_OPENER.exec(text);
  if (!opener) return text;
  const terms: Array<{ tags: string[] }> = nlp(opener[1] ?? '').json()[0]?.terms ?? [];
  const naming = terms.some((t) => t.tags.includes('Noun') || t.tags.includes('Value'));
  return naming ? text : text.slice(opener[0].length);
}

export function readConversation(raw: string): Conversation {
  const text = stripInvisible(raw).normalize('NFKC').replace(/\s+/g, ' ').trim();
  const noEmoji = spellOutShorthand(withoutChatMarkup(text).replace(EMOJI, ' ').replace(/\s+/g, ' ').trim());
  const asked = askingSentences(noEmoji);
  let core = asked;
  // Lead-ins and thanks stack ("hey, quick question, can you tell me …"); peel until nothing more comes off.
  for (let previous = ''; previous !== core; ) {
    previous = core;
    core = withoutDiscourseMarker(withoutAskerClauses(core.replace(LEADING, '').replace(TRAILING, '').trim()));
  }
  core = core.replace(/^[\s,.!:;…—–-]+/, '').trim();
  const bare = core.replace(/[?!.\s]+$/, '').trim();
  const help = HELP.test(bare) || (bare === '' && /\bhelp\b/i.test(noEmoji));
  const social = help || bare === '' || ONLY_SOCIAL.test(bare);
  const aboutAssistant = !social && ABOUT_ASSISTANT.test(core);
  const context = social ? '' : contextSentences(noEmoji, asked);
  // "who opened…" and "Who opened…" are the same question; sentence-initial case only helps a reader.
  return { text, core: social ? '' : capitalise(core), social, help, aboutAssistant, context };
}
