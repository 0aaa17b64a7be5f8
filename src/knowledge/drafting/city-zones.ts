import { createRequire } from 'node:module';
import { escapeRegExp } from '../../text/escape-regexp.js';

/**
 * Cities that host international meetings, with the one IANA zone each lies in, so a drafted record's session
 * times are read in the meeting's own zone. A page naming a city not listed here gets UTC, and ingest says so.
 * Names are given as pages print them in English; a city a series meets in can be added here in one line.
 */
export const CITY_ZONES: Record<string, string> = {
  'Abu Dhabi': 'Asia/Dubai',
  Abuja: 'Africa/Lagos',
  Accra: 'Africa/Accra',
  'Addis Ababa': 'Africa/Addis_Ababa',
  Amman: 'Asia/Amman',
  Amsterdam: 'Europe/Amsterdam',
  Ankara: 'Europe/Istanbul',
  Athens: 'Europe/Athens',
  Bangkok: 'Asia/Bangkok',
  Beijing: 'Asia/Shanghai',
  Beirut: 'Asia/Beirut',
  Berlin: 'Europe/Berlin',
  Bogotá: 'America/Bogota',
  Bogota: 'America/Bogota',
  Bonn: 'Europe/Berlin',
  Brasília: 'America/Sao_Paulo',
  Brasilia: 'America/Sao_Paulo',
  Brussels: 'Europe/Brussels',
  Bucharest: 'Europe/Bucharest',
  Budapest: 'Europe/Budapest',
  'Buenos Aires': 'America/Argentina/Buenos_Aires',
  Cairo: 'Africa/Cairo',
  'Cape Town': 'Africa/Johannesburg',
  Copenhagen: 'Europe/Copenhagen',
  Dakar: 'Africa/Dakar',
  Delhi: 'Asia/Kolkata',
  'New Delhi': 'Asia/Kolkata',
  Dhaka: 'Asia/Dhaka',
  Doha: 'Asia/Qatar',
  Dubai: 'Asia/Dubai',
  Dublin: 'Europe/Dublin',
  Geneva: 'Europe/Zurich',
  Hanoi: 'Asia/Ho_Chi_Minh',
  Helsinki: 'Europe/Helsinki',
  'Hong Kong': 'Asia/Hong_Kong',
  Istanbul: 'Europe/Istanbul',
  Jakarta: 'Asia/Jakarta',
  Johannesburg: 'Africa/Johannesburg',
  Kampala: 'Africa/Kampala',
  Kathmandu: 'Asia/Kathmandu',
  Kigali: 'Africa/Kigali',
  'Kuala Lumpur': 'Asia/Kuala_Lumpur',
  Lagos: 'Africa/Lagos',
  Lima: 'America/Lima',
  Lisbon: 'Europe/Lisbon',
  London: 'Europe/London',
  Madrid: 'Europe/Madrid',
  Manila: 'Asia/Manila',
  Marrakesh: 'Africa/Casablanca',
  Marrakech: 'Africa/Casablanca',
  'Mexico City': 'America/Mexico_City',
  Montreal: 'America/Toronto',
  Montréal: 'America/Toronto',
  Moscow: 'Europe/Moscow',
  Mumbai: 'Asia/Kolkata',
  Nairobi: 'Africa/Nairobi',
  'New York': 'America/New_York',
  Oslo: 'Europe/Oslo',
  Ottawa: 'America/Toronto',
  'Panama City': 'America/Panama',
  Paris: 'Europe/Paris',
  Prague: 'Europe/Prague',
  Rabat: 'Africa/Casablanca',
  Rome: 'Europe/Rome',
  Santiago: 'America/Santiago',
  'São Paulo': 'America/Sao_Paulo',
  'Sao Paulo': 'America/Sao_Paulo',
  Seoul: 'Asia/Seoul',
  Singapore: 'Asia/Singapore',
  Stockholm: 'Europe/Stockholm',
  Sydney: 'Australia/Sydney',
  Tokyo: 'Asia/Tokyo',
  Toronto: 'America/Toronto',
  Tunis: 'Africa/Tunis',
  Vancouver: 'America/Vancouver',
  Vienna: 'Europe/Vienna',
  Warsaw: 'Europe/Warsaw',
  Washington: 'America/New_York',
  'Washington, D.C.': 'America/New_York',
};

/** Letters without their accents, one for one, so "Reykjavík" and "Reykjavik" are the same name at the same place. */
function foldAccents(text: string): string {
  return text.replace(/[\u0080-\uffff]/g, (ch) => ch.normalize('NFD')[0] ?? ch).toLowerCase();
}

const NAMES = Object.keys(CITY_ZONES).sort((a, b) => b.length - a.length);
const CITY = new RegExp(`(?<![\\p{L}])(${NAMES.map((n) => escapeRegExp(foldAccents(n))).join('|')})(?![\\p{L}])`, 'gu');
const BY_FOLDED = new Map(NAMES.map((n) => [foldAccents(n), n]));

export interface CityMention {
  city: string;
  zone: string;
  index: number;
}

/**
 * Every listed city a text names, in order, accents or none: as the page spells it ("Montréal"), or as the table
 * does when the page shouts it ("NEW YORK" is New York).
 */
export function citiesIn(text: string): CityMention[] {
  return [...foldAccents(text).matchAll(CITY)].flatMap((m) => {
    const city = BY_FOLDED.get(m[1] ?? '');
    const zone = city ? CITY_ZONES[city] : undefined;
    if (!city || !zone) return [];
    const index = m.index ?? 0;
    const printed = text.slice(index, index + city.length);
    const name = /\p{Ll}/u.test(printed) ? printed : city;
    return [{ city: name.replace(/, D\.C\.$/, ''), zone, index }];
  });
}

/**
 * The zones' own cities (Atlantic/Reykjavik, America/Halifax), for a city the table above does not list. Only a
 * city already read from the page's layout is looked up here: zone names such as "Easter" or "Wake" are words too.
 */
let zoneCities: Map<string, string> | undefined;

function zoneNamedFor(city: string): string | undefined {
  zoneCities ??= new Map(
    Intl.supportedValuesOf('timeZone').map((zone) => [
      foldAccents(zone.split('/').pop()?.replace(/_/g, ' ') ?? ''),
      zone,
    ]),
  );
  return zoneCities.get(foldAccents(city));
}

/**
 * A name that cities in several zones share ("Santiago", "Springfield") gives a zone only when its largest city
 * outnumbers the largest of any other zone this many times; else the record says UTC rather than guess.
 */
const DOMINANT_POPULATION = 5;

type Gazetteer = typeof import('city-timezones');
let gazetteer: Gazetteer | undefined;

/** city-timezones is read on the first lookup only, so corpora whose cities the table knows never load it. */
function loadGazetteer(): Gazetteer {
  gazetteer ??= createRequire(import.meta.url)('city-timezones') as Gazetteer;
  return gazetteer;
}

/**
 * The zone of any city of the world: city-timezones holds some 7,000 cities with their IANA zones, offline. It is
 * read only for a city neither the table nor the zone names know, so most corpora never load it.
 */
function gazetteerZone(city: string): string | undefined {
  const names = [...new Set([city, foldAccents(city)])];
  const found = names.flatMap((n) => loadGazetteer().lookupViaCity(n) ?? []).sort((a, b) => b.pop - a.pop);
  const [largest] = found;
  if (!largest) return undefined;
  const rival = found.find((c) => c.timezone !== largest.timezone);
  return !rival || largest.pop >= DOMINANT_POPULATION * rival.pop ? largest.timezone : undefined;
}

/** The zone of a city a record names: from the table, else the zone named for the city, else the gazetteer. */
export function zoneOfCity(city: string): string | undefined {
  const name = city.trim();
  return citiesIn(name)[0]?.zone ?? zoneNamedFor(name) ?? (name ? gazetteerZone(name) : undefined);
}

/** A part of an address that could be a city's name: one to three capitalised words, no figures. */
const CITY_PART = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$/u;

/**
 * The city of an address ("Southbank Tramshed Centre, 1 Tramshed Lane, Southbank, Melbourne, Victoria"): of its
 * comma-separated parts, one the table knows, else the most populous the gazetteer knows, since a state or a district
 * may share a smaller city's name ("Victoria").
 */
export function cityOfAddress(address: string): CityMention | undefined {
  const listed = citiesIn(address)[0];
  if (listed) return listed;
  let best: { city: string; pop: number; index: number } | undefined;
  for (const match of address.matchAll(/[^,;]+/g)) {
    const part = match[0].trim().replace(/\.$/, '');
    if (!CITY_PART.test(part)) continue;
    const pop = Math.max(0, ...(loadGazetteer().lookupViaCity(part) ?? []).map((c) => c.pop));
    if (pop > 0 && (!best || pop > best.pop)) best = { city: part, pop, index: match.index ?? 0 };
  }
  const zone = best ? zoneOfCity(best.city) : undefined;
  return best && zone ? { city: best.city, zone, index: best.index } : undefined;
}
