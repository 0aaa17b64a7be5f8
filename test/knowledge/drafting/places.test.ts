import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../../src/knowledge/drafting/page-fields.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';

const cityOf = (body: string, number: number) => readPlaces(readingUnits({ body }), 'page.md', number).city?.value;

describe('the city a page gives its meeting', () => {
  it.each([
    'The second seminar (Rotterdam, September 2021) asked for a guidance note on pilotage.',
    'As agreed at the second seminar in Rotterdam, the third is held online.',
    'Some 60 inspectors joined, twice the attendance in Rotterdam.',
  ])('takes no city from a sentence about another meeting or one naming a city in passing: %j', (sentence) => {
    expect(cityOf(`# Third Seminar on Harbour Safety\n\n${sentence}`, 3)).toBeUndefined();
  });

  it('takes the city from a sentence that names its own meeting', () => {
    const body = '# News\n\nThe Third Seminar on Harbour Safety closed in Lisbon on Friday.';
    expect(cityOf(body, 3)).toBe('Lisbon');
  });
});

describe('the city on the line that states the dates', () => {
  it.each([
    ['Vlaardwijk (Netherlands), 4-5 March 2024', 'Vlaardwijk'],
    ['Sørvágur (Faroe Islands), 10-12 September 2019', 'Sørvágur'],
    ['Vlaardwijk, 4-5 March 2024', 'Vlaardwijk'],
  ])('reads %j, with or without its country in brackets', (line, city) => {
    const units = readingUnits({ body: `THIRD SEMINAR ON HARBOUR SAFETY\n${line}\n\nREPORT OF THE SEMINAR` });
    const dateLine = units.find((u) => u.text === line)?.line;
    expect(readPlaces(units, 'report.txt', 3, dateLine).city?.value).toBe(city);
  });
});

describe('the venue and room on a dates line cut into parts', () => {
  it.each([
    [
      'Tue 4 March to Thu 6 March 2024 · Casa do Porto, Rua Nova, Rotterdam · Salle Ambre',
      'Casa do Porto, Rua Nova',
      'Salle Ambre',
    ],
    [
      'Vlaardwijk, Netherlands · 4–6 March 2024 · Havenhuis Congress Centre, Sala Noord',
      'Havenhuis Congress Centre',
      'Sala Noord',
    ],
    ['4–6 March 2024 | Havenhuis Congress Centre | Room 12', 'Havenhuis Congress Centre', 'Room 12'],
    // The meeting's own name is no venue, and a room's word may close its name.
    [
      'Third Seminar on Harbour Safety · 4–6 March 2024 · Maas Auditorium, Havenhuis Congress Centre, Halifax NS',
      'Havenhuis Congress Centre',
      'Maas Auditorium',
    ],
    // Plain text types a dash as two hyphens; an em dash between spaces parts the line as well.
    [
      'Vlaardwijk, Netherlands -- Havenhuis Congress Centre, Sala Noord -- 4 to 6 March 2024',
      'Havenhuis Congress Centre',
      'Sala Noord',
    ],
    [
      'Rotterdam — Havenhuis Congress Centre, Room 12 — Tuesday 4 to Thursday 6 March 2024',
      'Havenhuis Congress Centre',
      'Room 12',
    ],
  ])('reads %j', (line, venue, room) => {
    const units = readingUnits({
      body: `# Third Seminar on Harbour Safety\n\n${line}\n\nThe seminar met for three days.`,
    });
    const dateLine = units.find((u) => u.text.includes('March 2024'))?.line;
    const places = readPlaces(units, 'programme.html', 3, dateLine);
    expect(places.venue?.value).toBe(venue);
    expect(places.room?.value).toBe(room);
  });

  it.each([
    'Halifax, Nova Scotia, Canada · 4–6 March 2024',
    'Lisbon, Lisbon District, Portugal · 4–6 March 2024',
    '4–6 March 2024 · Rotterdam, South Holland',
  ])('takes no venue from the region or country after the city: %j', (line) => {
    const units = readingUnits({
      body: `# Third Seminar on Harbour Safety\n\n${line}\n\nThe seminar met for three days.`,
    });
    const dateLine = units.find((u) => u.text.includes('March 2024'))?.line;
    expect(readPlaces(units, 'notice.md', 3, dateLine).venue).toBeUndefined();
  });
});

describe('the time zone a page states by a city', () => {
  it.each([
    ['Sittings run from 2 pm to 5.30 pm Vienna time, online only.', 'Europe/Vienna'],
    ['All times are given in Geneva time.', 'Europe/Zurich'],
    ['The webinar starts at 9 a.m. New York time.', 'America/New_York'],
  ])('reads the zone of %j', (sentence, zone) => {
    const places = readPlaces(readingUnits({ body: `# Third Seminar on Harbour Safety\n\n${sentence}` }), 'p.md', 3);
    expect(places.city).toBeUndefined();
    expect(places.zone).toBe(zone);
  });
});

describe('the venue and room a page gives its meeting', () => {
  const placesOf = (line: string) => {
    const places = readPlaces(readingUnits({ body: `# Third Seminar on Harbour Safety\n\n${line}` }), 'p.md', 3);
    return { venue: places.venue?.value, room: places.room?.value };
  };

  it.each([
    ['Venue: Casa do Infante, Rua da Alfândega 10, Porto — Sala Douro', 'Casa do Infante, Rua da Alfândega 10, Porto'],
    ['Harbour Safety Centre, Quay Street 4 – Salle Amarante', 'Harbour Safety Centre'],
    ['Venue  Harbour Safety Centre – Sala Tejo', 'Harbour Safety Centre'],
  ])('reads a short name after a dash at the end of the venue line as its room: %j', (line, venue) => {
    expect(placesOf(line).venue).toBe(venue);
    expect(placesOf(line).room).toMatch(/^Sal/);
  });

  it('takes no country or city after the dash for a room', () => {
    expect(placesOf('Venue: Palais des Nations, Avenue de la Paix – Switzerland').room).toBeUndefined();
  });

  it('takes no room from a sentence about another meeting of the series', () => {
    expect(placesOf('Norway offered to hold the fourth seminar in Room 12 of the Bergen Hall.').room).toBeUndefined();
  });
});

describe('the venue a report names just before the city', () => {
  it.each([
    [
      'was held at the Derwent Quay Pavilion (Franklin Room), Hobart, from 19 to 21 November 2024.',
      'Derwent Quay Pavilion',
    ],
    ['met at the Old Customs Depot, Hobart, on 19 November 2024.', 'Old Customs Depot'],
    ['took place in Fjellheimen Hall, Hobart, in November 2024.', 'Fjellheimen Hall'],
  ])('reads the venue of "The Fourth Round %s"', (rest, venue) => {
    const body = `# Fourth Round: summary\n\nHobart, 19–21 November 2024\n\n1. The Fourth Round ${rest}`;
    const units = readingUnits({ body });
    const dateLine = units.find((u) => u.text.startsWith('Hobart'))?.line;
    expect(readPlaces(units, 'summary.md', 4, dateLine).venue?.value).toBe(venue);
  });

  it('takes no venue from a name that is not followed by the meeting city', () => {
    const body =
      '# Fourth Round: summary\n\nHobart, 19–21 November 2024\n\n1. The Fourth Round was held at the invitation of the Survey.';
    const units = readingUnits({ body });
    expect(
      readPlaces(units, 'summary.md', 4, units.find((u) => u.text.startsWith('Hobart'))?.line).venue,
    ).toBeUndefined();
  });
});

describe('the city among the parts of an address', () => {
  it.each([
    ['Where: Harbourside Pavilion, 4 Quay Road, Docklands, Melbourne, Victoria.', 'Melbourne'],
    ['Where: The Old Mill, Rue des Tanneurs 12, Angers', 'Angers'],
    ['Where: Salt Store Hall, Battery Point, Hobart, Tasmania', 'Hobart'],
  ])('takes a city the gazetteer knows from a "Where" field, not the venue or the street: %j', (line, city) => {
    expect(cityOf(`# Third Seminar on Harbour Safety\n\n${line}`, 3)).toBe(city);
  });

  it('takes no city from a "Where" field that names none', () => {
    expect(cityOf('# Third Seminar on Harbour Safety\n\nWhere: the big hall, second floor', 3)).toBeUndefined();
  });
});

describe('the venue an address opens with', () => {
  const venueOf = (body: string) => {
    const units = readingUnits({ body });
    const dateLine = units.find((u) => u.text.includes('2022'))?.line;
    return readPlaces(units, 'p.html', 3, dateLine).venue?.value;
  };

  it.each([
    ['Where: Harbourside Pavilion, 4 Quay Road, Docklands, Melbourne, Victoria.', 'Harbourside Pavilion'],
    ['Where: The Old Mill, Rue des Tanneurs 12, Angers', 'The Old Mill'],
    // An abbreviation in the street ("ul.") cuts the line into two sentences; the address is read whole.
    [
      '3rd Seminar · Kraków · 7–9 June 2022\n\nDom Kolejarza Płaszów, ul. Wielicka 55, Kraków. Host: the city tramways.',
      'Dom Kolejarza Płaszów',
    ],
  ])('reads %j', (lines, venue) => {
    expect(venueOf(`# Third Seminar on Harbour Safety\n\n${lines}`)).toBe(venue);
  });

  it.each([
    // No house number between the first part and the city: districts, not an address.
    'Where: Battery Point, Sandy Bay, Hobart, Tasmania',
    // The street itself is no venue.
    'Where: 4 Quay Road, Docklands, Melbourne',
  ])('takes no venue from %j', (line) => {
    expect(venueOf(`# Third Seminar on Harbour Safety\n\n${line}`)).toBeUndefined();
  });
});

describe('the room a page names for all its sessions', () => {
  const placesOf = (body: string) => {
    const places = readPlaces(readingUnits({ body }), 'p.html', 3);
    return { venue: places.venue?.value, room: places.room?.value };
  };

  it.each([
    ['All Strands in the Sala Wagonowa.', 'Sala Wagonowa'],
    ['Every sitting is in Salle Ambre unless stated.', 'Salle Ambre'],
    ['All sessions are in the Gorgie Room unless stated.', 'Gorgie Room'],
  ])('reads the room of %j', (line, room) => {
    expect(placesOf(`# Third Seminar on Harbour Safety\n\n${line}`).room).toBe(room);
  });

  it('reads "Assembly Rooms" as a building, not a room', () => {
    const places = placesOf(
      '# Third Seminar on Harbour Safety\n\n4–6 March 2025 · The Leith Walk Assembly Rooms, Edinburgh\n\nAll sessions are in the Gorgie Room.',
    );
    expect(places.room).toBe('Gorgie Room');
  });

  it('takes no venue from a masthead or an issue number on the dates line', () => {
    const body = 'SEMINAR DAILY  ·  No. 1  ·  Tuesday 24 September 2019\nThe bulletin of the 3rd Seminar  ·  Porto';
    const units = readingUnits({ body });
    const dateLine = units.find((u) => u.text.includes('September 2019'))?.line;
    expect(readPlaces(units, 'daily.txt', 3, dateLine).venue).toBeUndefined();
  });
});
