import { escapeRegExp } from '../../text/escape-regexp.js';
import nlp from '../../text/nlp.js';
import { ANY_PLACE, taggedAsPlace } from '../../text/place-words.js';
import { withoutItemNumber } from '../item-numbers.js';
import { detectMeeting, type LearnedNouns } from '../meeting-detect.js';
import type { Person } from '../meeting-record.js';
import { CARDINAL_PATTERN, MONTH_PATTERN, WEEKDAYS } from '../ordinals.js';
import { leadsInto, type ReadingUnit } from '../reading-units.js';
import type { DraftItem } from './agenda.js';
import { citiesIn, cityOfAddress, zoneOfCity } from './city-zones.js';
import type { Drafted, Origin } from './origin.js';
import { namesDocuments } from './page-documents.js';
import { peopleInText, peopleOfEntry, personAfterOffice, personHolding, subjectWithRole } from './people.js';

/**
 * The single-valued facts of a meeting as a page gives them: where (a "City:" or "Venue:" field, the place line
 * under the title, the first city the opening names), who opened and closed it (the speaker of the agenda's
 * opening or closing line, or "opened by …" in prose), how many took part, and the lists that a lead-in
 * announces ("The objectives of the meeting are: (a) …").
 */

/** How far into a page its own place and dates are stated; later mentions are of other meetings. */
const HEAD_UNITS = 12;

const field = (name: string) => new RegExp(`^(?:${name})\\s*:\\s*(.+)$`, 'i');
const CITY_FIELD = field('city|location|place');
const WHERE_FIELD = field('where');
const VENUE_FIELD = field('venue');
const ROOM_FIELD = field('room|meeting room');
// "Assembly Rooms" is a building's name, not a room: "Room" ends a word.
const ROOM =
  /(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*\s+){0,3}Room(?![\p{L}])(?:\s+(?:[\p{Lu}\d][\w-]*))?(?:\s+\([^)]{1,30}\))?)/u;
const VENUE_NAME =
  "((?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+(?:of|the|for|and|on|\\p{Lu}[\\p{L}'’-]*))*\\s+(?:Headquarters|Centre|Center|Hall|Palace|House|Building|Institute|Office|Hotel|Complex|Campus|University|Maison\\s+[\\p{L} ]+))";
const VENUE_AT = new RegExp(`\\b(?:at|in)\\s+(?:the\\s+)?${VENUE_NAME}`, 'u');
/**
 * "Casa Almendral Conference Centre, Avenida Pedro Montt 1820 – Sala Cordillera": a line that opens with the venue,
 * after its label if it has one ("Venue  Ngor …", as a converted table prints it).
 */
const VENUE_LINE = new RegExp(
  `^(?:(?:Venue|Location|Place|VENUE|LOCATION|PLACE)\\b[\\s:–—-]*)?${VENUE_NAME}(?=,|\\s[–—]|$)`,
  'u',
);

const drafted = <T>(value: T, from: Origin): Drafted<T> => ({ value, from });
const at = (path: string, u: ReadingUnit): Origin => ({ path, line: u.line });

export interface Places {
  city?: Drafted<string>;
  zone?: string;
  venue?: Drafted<string>;
  room?: Drafted<string>;
}

/**
 * "Casa Almendral Conference Centre, Avenida Pedro Montt 1820 – Sala Cordillera": a short name after a spaced dash at
 * the end of the line that gives the venue is its room, whatever the language calls a room; a country or a city
 * there ("… Geneva – Switzerland") is not.
 */
const AFTER_DASH = /\s[–—]\s+(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3})\s*\.?$/u;

function roomAfterDash(text: string): { room: string; before: string } | undefined {
  const m = AFTER_DASH.exec(text);
  const room = m?.[1];
  if (!m || !room || taggedAsPlace(room, ANY_PLACE)) return undefined;
  return { room, before: text.slice(0, m.index).trim() };
}

function firstPart(value: string): string {
  return value.split(/,\s+/)[0]?.trim() ?? value.trim();
}

const PLACE = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,2}";
/**
 * Where a dates line puts its place: first ("Rotterdam, 4-5 March 2024"), after a separator ("25–27 September
 * 2018 · Halifax, Nova Scotia"), or after "in" ("met in Reykjavík, Iceland, on 19-21 October"); a comma, then its
 * region, country or the dates, follows it.
 */
/** "Rotterdam, 4-5 March", and "Tartu (Estonia), 10-12 September" with the country in brackets. */
const PLACE_ON_DATES_LINE = new RegExp(
  `(?:^|[·|—–]\\s*|\\bin\\s+)(${PLACE})(?=(?:\\s*\\([^()]{2,40}\\))?,\\s+[\\p{Lu}\\d])`,
  'gu',
);
/** A day or a month opens dates lines too, and a word in capitals ("VENUE, …") is a heading's. */
const DAY_OR_MONTH = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|${MONTH_PATTERN})$`, 'i');
const isPlaceName = (text: string) => !DAY_OR_MONTH.test(text) && !/^\p{Lu}+$/u.test(text);

/** Words that open a room's name, in the languages programmes are printed in: "Salle Marronnier", "Sala Coigüe". */
const ROOM_OPENERS = 'Sala|Salle|Saal|Salon|Aula|Auditorium|Chamber';
const ROOM_NOUNS = 'Room|Conference Room|Meeting Room';
const ROOM_WORD = new RegExp(`^(?:${ROOM_NOUNS}|${ROOM_OPENERS})\\b`, 'u');
/** "All Strands in the Sala Wagonowa", "in Salle Ambre": a room named by the word that opens it, after "in". */
const ROOM_AFTER_IN = new RegExp(
  `\\bin\\s+(?:the\\s+)?((?:${ROOM_OPENERS})\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)`,
  'u',
);
/** …or close it in English: "Rous Auditorium", "Fynbos Room". A "Hall" is as often a whole building. */
const ROOM_CLOSERS = 'Room|Auditorium|Chamber';
const ROOM_TAIL = new RegExp(`\\b(?:${ROOM_CLOSERS})$`, 'u');

/**
 * A text names a room: "Yarra Room", "Rous Auditorium", "Sala Ionatan", "Hall 2", "Conference Room 6". A building
 * ("Banyan House", "Harbour View Hotel") or "a block of rooms" names none.
 */
const NAMED_ROOM = new RegExp(
  `\\b(?:${ROOM_NOUNS}|Hall|${ROOM_OPENERS})\\s+(?:\\p{Lu}|\\d)|\\p{Lu}[\\p{L}'’-]+\\s+(?:${ROOM_CLOSERS})\\b`,
  'u',
);

export function namesRoom(text: string): boolean {
  return NAMED_ROOM.test(text);
}

/**
 * "Ljubljanica Congress Centre, Hall Sava, Ljubljana, Slovenia": in an address the part before the country is its
 * city, one the table need not list, when the gazetteer knows it as a city with a zone.
 */
function cityBeforeCountry(text: string): { city: string; zone: string } | undefined {
  const parts = text.split(/,\s+/).map((p) => p.replace(/[.;]$/, '').trim());
  for (let i = parts.length - 1; i > 0; i--) {
    const city = parts[i - 1] ?? '';
    if (!taggedAsPlace(parts[i] ?? '', '#Country') || !PLACE_LINE.test(city)) continue;
    const zone = zoneOfCity(city);
    if (zone) return { city, zone };
  }
  return undefined;
}

/** The city the line stating the meeting's dates names: a city the table knows, or one placed as cities are. */
function cityOfDatesLine(text: string): { city: string; zone?: string } | undefined {
  const [known] = citiesIn(text);
  if (known) return { city: known.city, zone: known.zone };
  // "Rous Auditorium, Chebucto Maritime Library, Halifax NS": the part that names a zone's city, without the code of
  // its province or state, before any part merely placed as a city.
  for (const part of text.split(/\s*[·|—–,]\s+/)) {
    const place = part.replace(/\s+\p{Lu}{2,3}$/u, '').trim();
    const zone = isPlaceName(place) && PLACE_LINE.test(place) ? zoneOfCity(place) : undefined;
    if (zone) return { city: place, zone };
  }
  for (const m of text.matchAll(PLACE_ON_DATES_LINE)) {
    const place = m[1] ?? '';
    if (!isPlaceName(place) || ROOM_WORD.test(place) || ROOM_TAIL.test(place)) continue;
    const zone = zoneOfCity(place);
    return { city: place, ...(zone ? { zone } : {}) };
  }
  return undefined;
}

/** What parts a dates line: "·", "|", "•", or a dash typed as two hyphens or set as an em dash between spaces. */
const DATES_LINE_PARTS = /\s+(?:[·|•—]|--)\s+/;
const CALENDAR_WORD = new RegExp(`\\b(?:${MONTH_PATTERN}|${WEEKDAYS.join('|')})\\b`, 'i');

/**
 * "Tue 9 May to Thu 11 May 2023 · Pavillon des Érables, Montréal · Salle Marronnier": a dates line cut into parts by
 * "·", "|" or a spaced dash ("Aosta, Italy -- Palazzo Vallet, Sala Grivola -- 23 to 25 March 2022") may give the
 * venue and the room beside the dates and the city. A part (or the part of it after a comma)
 * that opens or closes with a word for a room is the room; what is left of a part that is neither the dates nor the city is
 * the venue.
 */
function placesOnDatesLine(
  text: string,
  city: string | undefined,
  nouns: LearnedNouns,
): { venue?: string; room?: string } {
  const segments = text.split(DATES_LINE_PARTS);
  if (segments.length < 2) return {};
  const found: { venue?: string; room?: string } = {};
  for (const segment of segments) {
    // The dates, and the meeting's own name ("3rd Colloquium on … · 19–21 Sept 2023 · Rous Auditorium, …").
    const said = detectMeeting(segment, { nouns });
    if (said.start || said.number !== undefined || CALENDAR_WORD.test(segment)) continue;
    // What follows the city ("Halifax, Nova Scotia, Canada") is where the city lies, never the venue.
    const all = segment.split(/,\s+/);
    const cityAt = all.findIndex((p) => p.trim() === city);
    const parts = (cityAt >= 0 ? all.slice(0, cityAt) : all).filter((p) => !isCityOrCountry(p, city));
    const room = parts.find((p) => ROOM_WORD.test(p) || ROOM_TAIL.test(p.trim()));
    if (room) found.room ??= room.trim();
    const venue = parts.filter((p) => p !== room).join(', ');
    // A venue is a name with a capitalised word: not a masthead in capitals ("MOOT DAILY") or an issue's "No. 1".
    if (venue && /\p{Lu}\p{Ll}{2,}/u.test(venue) && !isCityOrCountry(venue, city)) found.venue ??= venue.trim();
  }
  return found;
}

function isCityOrCountry(text: string, city: string | undefined): boolean {
  const t = text.trim();
  return t === city || citiesIn(t).some((c) => c.city === t) || (taggedAsPlace(t) && t.split(/\s+/).length <= 2);
}

const PLACE_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$/u;

/** "Vienna time", "New York time": a city's name before "time". */
const CITY_TIME = /\b(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s+time\b/gu;

export function readPlaces(
  units: ReadingUnit[],
  path: string,
  number: number,
  dateLine?: number,
  nouns: LearnedNouns = [],
): Places {
  const found: Places = {};
  // "The second consultation (Dakar, April 2019) asked …" and "… to hold the seventh seminar in Room 12" name where
  // another meeting of the series was or will be.
  const aboutAnother = (u: ReadingUnit) => {
    const named = detectMeeting(u.text, { nouns }).number;
    return named !== undefined && named !== number;
  };
  for (const u of units) {
    const text = u.text.replace(/^[-•]\s*/, '');
    const city = CITY_FIELD.exec(text)?.[1];
    // "Where: <venue>, <street>, <district>, <city>, <state>" names its city among the parts of an address.
    const address = city ? undefined : WHERE_FIELD.exec(text)?.[1];
    const inAddress = address ? cityOfAddress(address) : undefined;
    if ((city || inAddress) && !found.city) {
      found.city = drafted(inAddress?.city ?? firstPart(citiesIn(city ?? '')[0]?.city ?? city ?? ''), at(path, u));
      found.zone = zoneOfCity(found.city.value);
    }
    const addressed = address && inAddress ? venueOfAddress(address, inAddress.city) : undefined;
    if (addressed && !found.venue) found.venue = drafted(addressed, at(path, u));
    const venue = VENUE_FIELD.exec(text)?.[1];
    if (venue && !found.venue) {
      const dashed = roomAfterDash(venue);
      found.venue = drafted((dashed?.before ?? venue).replace(/[.;]$/, '').trim(), at(path, u));
      if (dashed && !found.room && !ROOM_FIELD.test(text)) found.room = drafted(dashed.room, at(path, u));
    }
    const room = ROOM_FIELD.exec(text)?.[1];
    if (room && !found.room) found.room = drafted(firstPart(room), at(path, u));
  }
  const head = units.slice(0, HEAD_UNITS);
  const dated = dateLine === undefined ? undefined : head.find((u) => u.line === dateLine);
  // The dates line names where the meeting is; a city the opening merely mentions is not that.
  const place = dated && !found.city ? cityOfDatesLine(dated.text) : undefined;
  if (dated && place) {
    found.city = drafted(place.city, at(path, dated));
    if (place.zone) found.zone = place.zone;
  }
  if (!found.city) {
    for (const u of head) {
      // "Double the attendance in Dakar" names a city in passing: a sentence gives the city only when it names this
      // meeting.
      if (aboutAnother(u) || (u.kind === 'sentence' && detectMeeting(u.text, { nouns }).number === undefined)) continue;
      const city = citiesIn(u.text)[0] ?? (u.kind === 'sentence' ? undefined : cityBeforeCountry(u.text));
      if (city) {
        found.city = drafted(city.city, at(path, u));
        found.zone = city.zone;
        break;
      }
    }
  }
  // "Antwerp" on a line of its own just above the dates (a "Date:" label may stand between).
  const above = dated ? head.slice(0, head.indexOf(dated)).filter((u) => !u.text.endsWith(':')) : [];
  const line = above.length > 1 ? above[above.length - 1] : undefined;
  if (!found.city && line?.kind === 'label' && PLACE_LINE.test(line.text))
    found.city = drafted(line.text, at(path, line));
  // "from 2 pm to 5.30 pm Vienna time": a page may state the zone by a city's name, as online meetings do.
  if (!found.zone) {
    for (const u of units) {
      const named = [...u.text.matchAll(CITY_TIME)].map((m) => zoneOfCity(m[1] ?? '')).find(Boolean);
      if (named) {
        found.zone = named;
        break;
      }
    }
  }
  if (dated) {
    const onDatesLine = placesOnDatesLine(dated.text, found.city?.value, nouns);
    if (onDatesLine.venue && !found.venue) found.venue = drafted(onDatesLine.venue, at(path, dated));
    if (onDatesLine.room && !found.room) found.room = drafted(onDatesLine.room, at(path, dated));
  }
  const beforeCity = found.city ? venueBeforeCity(found.city.value) : undefined;
  for (const u of head) {
    if (aboutAnother(u)) continue;
    const room = ROOM.exec(u.text)?.[1];
    if (!found.room && room && /\d|\p{Lu}\p{Ll}+\s+Room/u.test(room)) found.room = drafted(room.trim(), at(path, u));
    const opened = ROOM_AFTER_IN.exec(u.text)?.[1];
    if (!found.room && opened) found.room = drafted(opened, at(path, u));
    const venue = (VENUE_AT.exec(u.text) ?? VENUE_LINE.exec(u.text) ?? beforeCity?.exec(u.text))?.[1];
    if (!found.venue && venue && !citiesIn(venue).some((c) => c.city === venue)) {
      found.venue = drafted(venue.trim(), at(path, u));
      const dashed = roomAfterDash(u.text);
      if (dashed && !found.room) found.room = drafted(dashed.room, at(path, u));
    }
  }
  if (!found.venue && found.city) found.venue = addressedVenue(head, path, found.city.value);
  if (found.venue) found.venue = { ...found.venue, value: venueAlone(found.venue.value, found) };
  return found;
}

/**
 * "Lake Victoria Conference Hall, Room 3, Kisumu, Kenya" in a venue field is an address: the venue is its name, without
 * the room, the city and the country already read from it.
 */
function venueAlone(venue: string, places: Places): string {
  const parts = venue.split(/,\s+/);
  const city = places.city ? parts.indexOf(places.city.value) : -1;
  const kept = (city > 0 ? parts.slice(0, city) : parts).filter((p) => p !== places.room?.value);
  return kept.length ? kept.join(', ') : venue;
}

/**
 * "Centrum Kongresowe Zajezdnia Podgórze, ul. Wagonowa 3, Kraków": an address opens with the venue's name, then gives
 * its street (a part with a house number) before the city. A name of a few words, with no number, is the venue.
 */
function venueOfAddress(text: string, city: string): string | undefined {
  const parts = text.split(/,\s+/);
  const isCity = new RegExp(`^${escapeRegExp(city)}(?![\\p{L}])`, 'u');
  const cityAt = parts.findIndex((p, i) => i > 1 && isCity.test(p));
  const [name = '', ...between] = parts.slice(0, Math.max(cityAt, 0));
  const named = /^\p{Lu}/u.test(name) && !/\d/.test(name) && name.split(/\s+/).length <= 8;
  if (!named || !between.some((p) => /\d/.test(p)) || isCityOrCountry(name, city)) return undefined;
  return name.trim();
}

/**
 * The venue an address line of the page's head opens with. The address is read whole, as its line prints it: an
 * abbreviation in it ("ul. Wagonowa 3") may have cut it into two sentences.
 */
function addressedVenue(head: ReadingUnit[], path: string, city: string): Drafted<string> | undefined {
  const lines = new Map<number, string[]>();
  for (const u of head) lines.set(u.line, [...(lines.get(u.line) ?? []), u.text]);
  for (const [line, texts] of lines) {
    const venue = venueOfAddress(texts.join(' '), city);
    if (venue) return drafted(venue, { path, line });
  }
  return undefined;
}

/**
 * "was held at the Derwent Quay Pavilion (Franklin Room), Hobart": the capitalised name a meeting is held at, just
 * before its city, is its venue, whatever word the name ends in.
 */
function venueBeforeCity(city: string): RegExp {
  const name = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:of|the|de|du|la|\\p{Lu}[\\p{L}'’.-]*))*";
  const escaped = escapeRegExp(city);
  return new RegExp(
    `\\b(?:held|hosted|meets?|met|convened|takes? place|took place)\\s+(?:at|in)\\s+(?:the\\s+)?(${name})(?:\\s*\\([^()]{1,40}\\))?,\\s+${escaped}\\b`,
    'u',
  );
}

/** Who opened or closed a meeting; `planned` when only a programme line says so, not a page saying it was done. */
export type RoleDraft = Drafted<Person> & { planned?: boolean };

export interface Roles {
  openedBy?: RoleDraft;
  closedBy?: RoleDraft;
}

const OPENING = /\bopen(?:ing|ed|s)?\b/i;
const CLOSING = /\bclos(?:ing|ed|es|ure)\b/i;

function roleFromAgenda(lines: DraftItem[], cue: RegExp): RoleDraft | undefined {
  for (const line of lines) {
    if (!cue.test(line.title)) continue;
    const person = line.speakers[0] ?? line.moderators[0];
    if (person) return { ...drafted(person, line.from), planned: true };
  }
  return undefined;
}

/**
 * "The Chair closed the meeting": a role alone, in capitals, as the subject before the verb, or before a first verb
 * the closing one is joined to ("The President thanked both hosts and closed the Muster").
 */
const ROLE_SUBJECT =
  /(?:^|[.;·—–]\s+|\d+\.\s+)The\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)(?:\s+\p{Ll}+ed\b[^.;]{0,60}?\s+and)?\s*$/u;

/**
 * "The workshop was opened by Ms. X" names the person after the verb; "Ms. X, Director, opened the workshop"
 * and "…, who closed the workshop" the one before it. "The Chair closed the meeting" names whoever the page says
 * holds that role ("elected X as Chair").
 */
function roleFromProse(units: ReadingUnit[], path: string, verb: RegExp): Drafted<Person> | undefined {
  for (const u of units) {
    // Numbered paragraphs of a report ("3. The workshop was opened by …") are prose too, as is a programme row's
    // "Opening by Ms. X".
    if (u.kind === 'label') continue;
    const cue = verb.exec(u.text);
    if (!cue) continue;
    const people = peopleInText(u.text);
    const before = u.text.slice(0, cue.index);
    const after = u.text.slice(cue.index, cue.index + cue[0].length + 4);
    // After "by" the layout of an entry names a person compromise may not know: "by Matej Zupančič (Slovenia)".
    const afterCue = u.text.slice(cue.index + cue[0].length);
    const person = /\bby\b/i.test(after)
      ? (people.find((p) => p.index >= cue.index) ??
        peopleOfEntry(u.text.slice(cue.index))[0] ??
        personAfterOffice(afterCue))
      : ([...people].reverse().find((p) => p.index < cue.index) ?? subjectWithRole(before));
    if (person) return drafted({ name: person.name, ...(person.role ? { role: person.role } : {}) }, at(path, u));
    const role = ROLE_SUBJECT.exec(before)?.[1];
    const holder = role ? holderOf(units, role) : undefined;
    if (holder) return drafted({ name: holder.name, role: holder.role }, at(path, holder.unit));
  }
  return undefined;
}

function holderOf(units: ReadingUnit[], role: string): { name: string; role: string; unit: ReadingUnit } | undefined {
  for (const unit of units) {
    const found = personHolding(unit.text, role);
    if (found) return { name: found.name, role, unit };
  }
  return undefined;
}

/**
 * "opened by", and "opened on 10 September 2019 by": a date or a time may come between the verb and "by". The noun
 * says it as well: "Opening by Ms. X", "Opening of the session by Mr. Y", "opening remarks … by".
 */
const OPENED = roleCue('opened', 'opening');
const CLOSED = roleCue('closed', 'closing');

/**
 * The cues of opening or closing a meeting: "opened by", "closed the session", "opening remarks … by", and a speech
 * the subject gives ("Ms. X will make opening remarks", "Mr. Y delivered the closing statement").
 */
function roleCue(verb: string, noun: string): RegExp {
  const speech = '(?:statement|remarks|address|speech)';
  const gives = `(?:make|makes|made|deliver|delivers|delivered|give|gives|gave)\\s+(?:the\\s+|an?\\s+)?${noun}\\s+${speech}`;
  return new RegExp(
    `\\b(?:${verb}\\s+(?:(?:on|at)\\s+[^;]{1,40}?\\s+)?by|${verb}\\s+(?:the|this)\\b|${noun}(?:\\s+of\\s+the\\s+\\p{L}+|\\s+${speech}[^.]*?)?\\s+by\\b|${gives})`,
    'iu',
  );
}

export function readRoles(units: ReadingUnit[], lines: DraftItem[], path: string): Roles {
  const openedBy = roleFromAgenda(lines, OPENING) ?? roleFromProse(units, path, OPENED);
  const closedBy = roleFromAgenda(lines, CLOSING) ?? roleFromProse(units, path, CLOSED);
  return { ...(openedBy ? { openedBy } : {}), ...(closedBy ? { closedBy } : {}) };
}

/** A count in figures or in words: "112", "twelve", "forty-one", "thirty four". */
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const COUNT = `(\\d{1,5}|${TENS}(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${CARDINAL_PATTERN})`;
/** Verbs that say people were there: general English for attendance, not one page's phrasing. */
const ATTENDED = '(?:attended|took\\s+part|participated|gathered|met|were\\s+present|joined|connected|registered|came)';
/**
 * How pages report attendance: "attended by some 120", "34 participants took part", "112 participants connected
 * from 37 countries", "Forty-one statisticians and disaster managers from fifteen countries": a count of people
 * who attended, or who came from a number of countries, cities or other places.
 */
const PARTICIPANTS = [
  new RegExp(`\\battended\\s+by\\s+(?:some\\s+|about\\s+|over\\s+|nearly\\s+)?${COUNT}\\b`, 'iu'),
  new RegExp(`\\b${COUNT}\\s+(?:[\\p{L}-]+\\s+){0,2}?participants\\b(?=[^.]*\\b${ATTENDED})`, 'iu'),
  // A list of participants' totals line: "Total: 29 participants, 12 countries".
  new RegExp(`\\btotal\\s*:?\\s*${COUNT}\\s+participants\\b`, 'iu'),
  // A field of attendance: "Attendance: 62 handlers in Aosta and 11 online".
  new RegExp(`^(?:attendance|turnout)\\s*:\\s*(?:some\\s+|about\\s+)?${COUNT}\\b`, 'iu'),
  new RegExp(`\\b${COUNT}\\s+(\\p{L}+s)(?:\\s+and\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?s)?\\s+${ATTENDED}\\b`, 'iu'),
  new RegExp(
    `\\b${COUNT}\\s+(\\p{L}+s)(?:\\s+and\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?s)?(?:\\s+${ATTENDED})?\\s+from\\s+(?:some\\s+|about\\s+)?(?:\\d{1,3}|${CARDINAL_PATTERN})\\s+(?:member\\s+)?\\p{L}+s\\b`,
    'iu',
  ),
];

/** The count of people a text reports as attending ("112 participants connected from 37 countries"), as written. */
export function attendanceCount(text: string): string | undefined {
  // "30 papers from 12 countries" counts documents, not people.
  return PARTICIPANTS.map((re) => re.exec(text))
    .filter((m) => m && !(m[2] && namesDocuments(m[2])))
    .map((m) => m?.[1])
    .find(Boolean);
}

/** A sentence this long says more than who attended; only a shorter one describes the participants. */
const MAX_PARTICIPANTS_WORDS = 40;

export interface Attendance {
  count: number;
  /** The sentence that gives the count, which often says more ("… from 14 countries"; "In person: 18 …"). */
  description?: string;
}

/** Ways of taking part that a count may leave its noun out before: "… in Aosta and 11 online". */
const ATTENDANCE_MODE = '(?:online|remotely|virtually|by video|in person|on site)';
const MORE_ATTENDING = new RegExp(String.raw`^[^.;()]*?\band\s+(\d{1,5})\s+${ATTENDANCE_MODE}\b`, 'iu');

/**
 * "62 handlers in Aosta and 11 online": a second count that leaves its noun out counts the same people, taking part
 * another way; "57 handlers, with 23 dogs" names its own noun and counts something else.
 */
function alsoAttending(after: string): number {
  return Number(MORE_ATTENDING.exec(after)?.[1] ?? 0);
}

export function readParticipants(units: ReadingUnit[], path: string): Drafted<Attendance> | undefined {
  for (const u of units) {
    const raw = attendanceCount(u.text);
    if (!raw) continue;
    // compromise reads number words ("forty-one" is 41), beyond the ordinals' small table.
    const counted = /^\d/.test(raw) ? Number(raw) : ([nlp(raw).numbers().get()].flat()[0] as number | undefined);
    if (!counted) continue;
    const n = counted + alsoAttending(u.text.slice(u.text.indexOf(raw) + raw.length));
    const text = withoutItemNumber(u.text).replace(/[\s-]{3,}$/, '');
    const describes = u.kind !== 'label' && text.split(/\s+/).length <= MAX_PARTICIPANTS_WORDS;
    return drafted({ count: n, ...(describes ? { description: text } : {}) }, at(path, u));
  }
  return undefined;
}

const MARKER = /(?:^|[\s;:,·])\(([a-z]|[ivx]{1,4})\)\s+/g;
/** "1) … 2) … 3) …": entries numbered in order from 1 inside one paragraph, as a page runs a list together. */
const NUMBER_MARK = /(?:^|\s)(\d{1,2})\)\s+/g;

/** "(a) to share …; (b) to identify …; and (c) to …" → the three entries, without their joints. */
export function enumerated(text: string, marker: RegExp = MARKER): string[] {
  let marks = [...text.matchAll(marker)];
  // Numbers count only in their order from 1, so a "(see annex 2) " inside an entry starts no other.
  if (marker === NUMBER_MARK) {
    const inOrder: RegExpExecArray[] = [];
    for (const m of marks) if (Number(m[1]) === inOrder.length + 1) inOrder.push(m);
    marks = inOrder;
  }
  if (marks.length < 2) return [];
  return marks.map((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const to = marks[i + 1]?.index ?? text.length;
    return text
      .slice(from, to)
      .replace(/(?:[;,.]\s*(?:and|or)?|\s+(?:and|or))\s*$/i, '')
      .replace(/[;,.]$/, '')
      .trim();
  });
}

const clean = (entry: string) =>
  entry
    .replace(/ · /g, ' ')
    .replace(/[;,.]$/, '')
    .trim();

/**
 * The entries of a list a lead-in announces: inline "(a) … (b) …" in the sentence that names it, the lettered
 * lines that follow a lead-in ending in a colon, or the numbered lines under a heading that names it.
 */
export function readList(units: ReadingUnit[], path: string, cue: RegExp): Array<Drafted<string>> {
  for (const [i, u] of units.entries()) {
    // A short lead-in line of its own ("It pursues three objectives:") names the list that follows it; another label
    // only names a part of the page.
    const ownLine = u.kind === 'label' && u.text.trimEnd().endsWith(':');
    if (!cue.test(u.text) || (u.kind === 'label' && !ownLine)) continue;
    const entries = enumerated(u.text);
    if (entries.length) return entries.map((e) => drafted(clean(e), at(path, u)));
    // "1) … 2) … 3) …" run together in the paragraph under the lead-in.
    const next = units[i + 1];
    const inline = ownLine && next && next.kind !== 'label' ? enumerated(next.text, NUMBER_MARK) : [];
    if (next && inline.length) return inline.map((e) => drafted(clean(e), at(path, next)));
    // A heading that names the list ("2. Objectives") may come before its lead-in ("The workshop will:").
    const leadIn = leadsInto(u, units[i + 1]) ? i : leadsInto(units[i + 1], units[i + 2]) ? i + 1 : -1;
    if (leadIn < 0) continue;
    // After a colon, the entries may be numbered "1)" as well; after a sentence cut short, only lettered ones follow.
    const entry = units[leadIn]?.text.trimEnd().endsWith(':')
      ? /^[A-Z]$|^[IVX]{1,4}$|^\d{1,2}$/
      : /^[A-Z]$|^[IVX]{1,4}$/;
    const following: Array<Drafted<string>> = [];
    for (const next of units.slice(leadIn + 1)) {
      if (next.kind !== 'item' || !entry.test(next.number ?? '')) break;
      following.push(drafted(clean(next.text.replace(LIST_MARK, '')), at(path, next)));
    }
    if (following.length) return following;
  }
  const listed = units.filter(
    (u) => u.kind === 'item' && u.number && [u.frame.heading, u.frame.label].some((t) => t && cue.test(t)),
  );
  return listed.map((u) => drafted(clean(u.text.replace(LIST_MARK, '')), at(path, u)));
}

const LIST_MARK = /^\s*\(?[a-z0-9]{1,4}[.)]\s*/i;
