/**
 * Words for the offices people hold at meetings, general English ("Chair", "Rapporteur", "Secretary-General"), as a
 * pattern: the answer reader finds them beside names, and the question model finds two of them asked at once.
 */
export const ROLE_WORDS =
  '(?:Director|Deputy Director|Chief|Head|Chair|Chairperson|Chairman|Chairwoman|Moderator|Rapporteur|Minister|Secretary|Secretary-General|Under-Secretary-General|Commissioner|President|Vice-President|Representative|Ambassador|Professor|Coordinator|Officer|Adviser|Advisor|Expert|Consultant|Manager|Dean|Convenor|Convener|Registrar|Treasurer)';

/**
 * An office with the words that qualify it ("Vice-Chair", "Co-Chair", "Executive Secretary", "Acting Director"), as a
 * pattern without flags.
 */
export const OFFICE = `(?:(?:vice|co|deputy|executive|acting|assistant|interim|senior|special|permanent)-?\\s?)*${ROLE_WORDS}`;

/**
 * Titles a page puts before a name, in English and as programmes in Spanish, Portuguese, French and German print them
 * in English text ("Eng.", "Ing.", "Dra.", "Mme"), military ranks ("Capt.", "Col.") and elected offices ("Cllr").
 */
export const HONORIFIC_WORDS =
  'H\\.\\s?E|Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Professor|Amb|Ambassador|Sir|Dame|Rev|Hon|Judge|Justice|Eng|Engr|Ing|Sr|Sra|Mme|Mlle|Capt|Cdr|Col|Maj|Lt|Gen|Adm|Cllr|Councillor|Senator';

/** "moderated", "moderator", "moderating": the office of whoever leads a panel or a discussion. */
export const MODERATING = /\bmoderat(?:e|es|ed|ing|or|ors|ion)\b/i;

/** Words for people in general, not for anyone in particular: those who came, the audience of a welcome. */
export const PEOPLE_IN_GENERAL =
  'people persons attendees participants delegates representatives guests everyone everybody';
