/**
 * Words for the offices people hold at meetings, general English ("Chair", "Rapporteur", "Secretary-General"), as a
 * pattern: the answer reader finds them beside names, and the question model finds two of them asked at once.
 */
export const ROLE_WORDS =
  '(?:Director|Deputy Director|Chief|Head|Chair|Chairperson|Chairman|Chairwoman|Moderator|Rapporteur|Minister|Secretary|Secretary-General|Under-Secretary-General|Commissioner|President|Vice-President|Representative|Ambassador|Professor|Coordinator|Officer|Adviser|Advisor|Expert|Consultant|Manager|Dean)';
