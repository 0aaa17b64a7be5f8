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

const NAMES = Object.keys(CITY_ZONES).sort((a, b) => b.length - a.length);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CITY = new RegExp(`(?<![\\p{L}])(${NAMES.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');

export interface CityMention {
  city: string;
  zone: string;
  index: number;
}

/** Every listed city a text names, in order, as the table spells it ("NEW YORK" is New York). */
export function citiesIn(text: string): CityMention[] {
  const byLower = new Map(NAMES.map((n) => [n.toLowerCase(), n]));
  return [...text.matchAll(CITY)].flatMap((m) => {
    const city = byLower.get((m[1] ?? '').toLowerCase());
    const zone = city ? CITY_ZONES[city] : undefined;
    return city && zone ? [{ city: city.replace(/, D\.C\.$/, ''), zone, index: m.index ?? 0 }] : [];
  });
}

/** The zone of a city a record names, when the table knows it. */
export function zoneOfCity(city: string): string | undefined {
  return citiesIn(city)[0]?.zone;
}
