import { describe, expect, it } from 'vitest';
import { readRoles } from '../../../src/knowledge/drafting/page-fields.js';
import {
  inOrdinaryCase,
  peopleInText,
  peopleOfEntry,
  peopleOfLine,
  personHolding,
  subjectWithRole,
} from '../../../src/knowledge/drafting/people.js';
import { readingUnits } from '../../../src/knowledge/reading-units.js';

describe('people on programme lines', () => {
  it.each([
    [
      'Aziz Benali; moderator Tupou Vainikolo',
      [
        ['Aziz Benali', undefined],
        ['Tupou Vainikolo', 'moderator'],
      ],
    ],
    ['chair Ms. Ilse Mertens', [['Ilse Mertens', 'chair']]],
    [
      'moderator Tupou Vainikolo; panel Kwon Ji-yeon, Aroha Tane-Whitlock, Ilse Mertens',
      [
        ['Tupou Vainikolo', 'moderator'],
        ['Kwon Ji-yeon', 'panel'],
        ['Aroha Tane-Whitlock', 'panel'],
        ['Ilse Mertens', 'panel'],
      ],
    ],
    [
      'Panellists: Ms. Ana Lima, Kofi Mensah and Dr Ivo Saar',
      [
        ['Ana Lima', 'panellists'],
        ['Kofi Mensah', 'panellists'],
        ['Ivo Saar', 'panellists'],
      ],
    ],
  ])('reads a role word before names as their label, with or without a colon: %j', (line, people) => {
    expect(peopleOfLine(line, true).map((p) => [p.name, p.label])).toEqual(people);
  });

  it.each([
    ['Moderator: Pavel Dvořák, Brno City Greenery Office', 'Pavel Dvořák', 'Brno City Greenery Office'],
    [
      'Chair: Ilse Vantongerloo, Head of Section, Harbour Safety Office',
      'Ilse Vantongerloo',
      'Head of Section, Harbour Safety Office',
    ],
  ])('keeps a name and its body apart by a comma one person: %j', (line, name, role) => {
    expect(peopleOfLine(line)).toMatchObject([{ name, role }]);
  });

  it('drops an elected office printed before a name', () => {
    expect(peopleOfLine('Cllr Brendan O’Rourke-Dunn, Deputy Mayor').map((p) => p.name)).toEqual([
      'Brendan O’Rourke-Dunn',
    ]);
  });

  it.each(['The Chair', 'Executive Secretary', 'Vice-Chair', 'the Acting Director'])(
    'reads no person in a speakers cell that names only an office: %j',
    (cell) => {
      expect(peopleOfLine(cell, true)).toEqual([]);
    },
  );

  it('still reads a person whose family name is an office word', () => {
    expect(peopleOfLine('Ruth Chair', true).map((p) => p.name)).toEqual(['Ruth Chair']);
  });

  it('reads "Name, Title, Organisation" even for a name no name list knows', () => {
    expect(peopleOfLine('Ilse Vantongerloo, Head of Section, Harbour Safety Office')).toEqual([
      { name: 'Ilse Vantongerloo', role: 'Head of Section, Harbour Safety Office' },
    ]);
  });

  it('drops honorifics and keeps the label a programme puts first', () => {
    expect(peopleOfLine('Moderator: H.E. Ambassador Tomasz Wrzosek, Permanent Representative of Poland')).toEqual([
      { name: 'Tomasz Wrzosek', role: 'Permanent Representative of Poland', label: 'moderator' },
    ]);
  });

  it.each([
    ['Eng. María Fernanda Ocampo Restrepo, Chair', 'María Fernanda Ocampo Restrepo'],
    ['Ing. Tomás Echeverría Ruiz, Head of the Observatory', 'Tomás Echeverría Ruiz'],
    ['Mme Odile Ferrand-Lacoste, Rapporteur', 'Odile Ferrand-Lacoste'],
  ])('drops the titles programmes print in other languages: %j', (line, name) => {
    expect(peopleOfLine(line)[0]?.name).toBe(name);
  });

  it('keeps a sentence going after a short title: "Eng. Ocampo Restrepo opened …"', () => {
    const units = readingUnits({ body: 'The session was chaired by Eng. Ocampo Restrepo. It closed at noon.' });
    expect(units.map((u) => u.text)).toEqual([
      'The session was chaired by Eng. Ocampo Restrepo.',
      'It closed at noon.',
    ]);
  });

  it("reads a label's people separated by commas after their bracketed affiliations", () => {
    expect(
      peopleOfLine('Panellists: Dr Ana Ruiz (OVS), Capt. Rui Serpa (Ash liaison office), NAKAMURA Keiko').map((p) => [
        p.name,
        p.role,
        p.label,
      ]),
    ).toEqual([
      ['Ana Ruiz', 'OVS', 'panellists'],
      ['Rui Serpa', 'Ash liaison office', 'panellists'],
      ['NAKAMURA Keiko', undefined, 'panellists'],
    ]);
  });

  it('reads several people separated by semicolons', () => {
    const names = peopleOfLine('Dr. Amara Okonkwo, Director; Ms. Lena Fischer, Chief, Data Unit').map((p) => p.name);
    expect(names).toEqual(['Amara Okonkwo', 'Lena Fischer']);
  });

  it('reads the talk a programme prints after the speaker, behind a colon or a dash', () => {
    expect(peopleOfLine('Prof. Ana Ruiz, Lima University: "Ports after the pandemic" [Video]')).toEqual([
      { name: 'Ana Ruiz', role: 'Lima University', topic: 'Ports after the pandemic' },
    ]);
    expect(peopleOfLine('Mr. Tomasz Wrzosek — Pilotage incidents in 2023')).toEqual([
      { name: 'Tomasz Wrzosek', topic: 'Pilotage incidents in 2023' },
    ]);
  });

  it('reads a role or an office set off by a dash, and an organisation in brackets', () => {
    expect(peopleOfLine('Tuulikki Harju-Salo — Director, Lahti Water Office')).toEqual([
      { name: 'Tuulikki Harju-Salo', role: 'Director, Lahti Water Office' },
    ]);
    expect(peopleOfLine('Moderator: Obi Nwankwo-Eze — Rapporteur')).toEqual([
      { name: 'Obi Nwankwo-Eze', label: 'moderator', role: 'Rapporteur' },
    ]);
    expect(peopleOfLine('Speaker: Dr Ilse Brandvold (Bergen Flood Lab, Norway)')).toEqual([
      { name: 'Ilse Brandvold', role: 'Bergen Flood Lab, Norway', label: 'speaker' },
    ]);
    expect(peopleOfLine('Panel — Water accounts in small islands')).toEqual([]);
  });

  it.each([
    'Secretariat',
    'Moderator: to be confirmed',
    'Presentations by participating organizations (tour-de-table)',
    'Statistics Division, Ministry of Planning',
    'Coffee break',
  ])('finds no person in "%s"', (line) => {
    expect(peopleOfLine(line)).toEqual([]);
  });
});

describe('people in running text', () => {
  it('reads the role that follows a name, up to the clause that ends it', () => {
    const [p] = peopleInText(
      'The seminar was opened by Ms. Ilse Vantongerloo, Head of the Safety Office, who welcomed all.',
    );
    expect(p).toMatchObject({ name: 'Ilse Vantongerloo', role: 'Head of the Safety Office' });
  });

  it('finds a person compromise knows without an honorific, and people with one', () => {
    const names = peopleInText('Michael Doyle spoke first; Mr. Chaiwat Pongsiri then reported.').map((p) => p.name);
    expect(names).toEqual(['Michael Doyle', 'Chaiwat Pongsiri']);
  });

  it('takes the name after an honorific whole, though compromise reads one of its words as a place', () => {
    const names = peopleInText('Mr Tavita Fonoti-Marsh (Harbour Pilots) presented the offer of Napier.').map(
      (p) => p.name,
    );
    expect(names).toEqual(['Tavita Fonoti-Marsh']);
  });
});

describe('people where the layout says so', () => {
  it('reads a bare name in a column of people, which alone it would not take for one', () => {
    expect(peopleOfLine('Saule Bekova')).toEqual([]);
    expect(peopleOfLine('Saule Bekova', true)).toEqual([{ name: 'Saule Bekova' }]);
    expect(peopleOfLine('Secretariat', true)).toEqual([]);
  });

  it('reads the subject of a sentence named with its role between commas', () => {
    expect(subjectWithRole('Guðný Ásgeirsdóttir, Head of the Coastal Office, ')).toMatchObject({
      name: 'Guðný Ásgeirsdóttir',
      role: 'Head of the Coastal Office',
    });
    expect(subjectWithRole('On Monday morning, the seminar ')).toBeUndefined();
    expect(subjectWithRole('The round starts at 9 a.m. Liisa Kõiv of the Agency will ')).toMatchObject({
      name: 'Liisa Kõiv',
      role: 'Agency',
    });
    expect(subjectWithRole('The Director of the Agency will ')).toBeUndefined();
    expect(subjectWithRole('Delegates from Small Island States will ')).toBeUndefined();
  });
});

describe('people inside a programme entry written as a phrase', () => {
  it.each([
    ['Welcome - Ilse Vantongerloo, Chief Executive, HSO', 'Ilse Vantongerloo', 'Chief Executive, HSO'],
    ['4. Fog signals at sea - Aziz Benali, HSO (HSB/W4/WP.4)', 'Aziz Benali', 'HSO'],
    ['6. Lens care: report of the group - TANAKA Hiroshi (HSB/W4/WP.6)', 'TANAKA Hiroshi', undefined],
    ['11. Closing - Eamon Ó Dálaigh, Convenor', 'Eamon Ó Dálaigh', 'Convenor'],
    ['Report of the Registrar — M. Van Hoeydonck (HSB/W4/WP.2)', 'M. Van Hoeydonck', undefined],
  ])('reads the speaker a spaced dash or hyphen sets off at the end of %j', (entry, name, role) => {
    expect(peopleOfEntry(entry)).toEqual([{ name, ...(role ? { role } : {}) }]);
  });

  it.each([
    'Session 2 - Climate Risk, Adaptation',
    'Panel - Coastal Cities, IPCC findings',
    'Opening — Welcome Address',
  ])('reads no speaker where the words set off are a title: %j', (entry) => {
    expect(peopleOfEntry(entry)).toEqual([]);
  });

  it('tells the moderator from the speakers, with their offices in brackets', () => {
    expect(
      peopleOfEntry(
        'Reef losses, moderated by Tupou Vainikolo, with Aziz Benali (Coastal Office) and Ilse Mertens (Reef Trust)',
      ),
    ).toEqual([
      { name: 'Tupou Vainikolo', label: 'moderated' },
      { name: 'Aziz Benali', role: 'Coastal Office' },
      { name: 'Ilse Mertens', role: 'Reef Trust' },
    ]);
  });

  it('reads two people joined by "and" after a label, each with a role', () => {
    expect(
      peopleOfEntry('Opening remarks: Ilse Mertens, Head of the Reef Trust, and Aziz Benali, Director of Surveys'),
    ).toEqual([
      { name: 'Ilse Mertens', role: 'Head of the Reef Trust' },
      { name: 'Aziz Benali', role: 'Director of Surveys' },
    ]);
  });

  it('reads a presenter after "by", and takes no phrase in lower case for a role', () => {
    expect(
      peopleOfEntry('Storm losses: presentation of the draft note by Tupou Vainikolo, followed by discussion'),
    ).toEqual([{ name: 'Tupou Vainikolo' }]);
  });

  it.each([
    'Panel: International Migration and Development',
    'Update on the work of the Global Commission on Reef Data',
    'Session on Coastal Fisheries, with discussion',
  ])('finds no one in a title that names no one: %j', (title) => {
    expect(peopleOfEntry(title)).toEqual([]);
  });
});

describe('a role named alone, and who holds it', () => {
  it.each([
    ['Participants elected Ivo Lindqvist of Sweden as Chair until the next round.', 'Ivo Lindqvist'],
    ['The forum appointed Amara Nwosu as the Chair.', 'Amara Nwosu'],
    ['Opening the debate, Keoni Makoa, the Chair, thanked the hosts.', 'Keoni Makoa'],
  ])('finds who the page says holds the role: %j', (text, name) => {
    expect(personHolding(text, 'Chair')?.name).toBe(name);
  });

  it('reads "The Chair closed the meeting" as closed by the person elected Chair', () => {
    const units = readingUnits({
      body: 'The round ended on Friday.\n\nDelegates elected Ivo Lindqvist of Sweden as Chair.\n\nThe Chair closed the meeting at 5 pm.',
    });
    expect(readRoles(units, [], 'news.html').closedBy?.value).toEqual({ name: 'Ivo Lindqvist', role: 'Chair' });
  });

  it.each([
    'The consultation was opened on 10 September 2019 by Ms Liisa Kõiv, Director-General of the Agency.',
    'The round was opened at 9 a.m. by Ms Liisa Kõiv, Director-General of the Agency.',
    'It was opened by Ms Liisa Kõiv, Director-General of the Agency.',
  ])('reads who opened the meeting with a date or a time between the verb and "by": %j', (body) => {
    expect(readRoles(readingUnits({ body }), [], 'report.txt').openedBy?.value.name).toBe('Liisa Kõiv');
  });

  it.each([
    ['The round starts at 9 a.m. Liisa Kõiv of the Agency will make opening remarks.', 'openedBy'],
    ['Ms Liisa Kõiv, Director-General of the Agency, delivered the opening statement.', 'openedBy'],
    ['On the last day Ms Liisa Kõiv gave a closing address to the delegates.', 'closedBy'],
  ] as const)('reads who gives the opening or closing speech as its opener or closer: %j', (body, role) => {
    expect(readRoles(readingUnits({ body }), [], 'note.txt')[role]?.value.name).toBe('Liisa Kõiv');
  });

  it('names no one when the page does not say who holds the role', () => {
    const units = readingUnits({ body: 'The round ended on Friday.\n\nThe Chair closed the meeting at 5 pm.' });
    expect(readRoles(units, [], 'news.html').closedBy).toBeUndefined();
  });
});

describe('names in running text', () => {
  it.each([
    'Ilse Mertens presents the offer of the Port Phillip Tram Authority.',
    'Sofía Arriagada Leiva (Tren Ligero de Occidente, Guadalajara) spoke.',
    'The grant came from the Ruth Chalmers Foundation.',
  ])('takes no part of a longer capitalised name for a person: %j', (text) => {
    const names = peopleInText(text).map((p) => p.name);
    expect(names.some((n) => /Tram|Ligero|Foundation|Chalmers/.test(n))).toBe(false);
  });

  it.each([
    ['On Monday John Smith spoke.', 'John Smith'],
    ['Keynote Michael Doyle spoke.', 'Michael Doyle'],
  ])('still reads a name after a day or a role word: %j', (text, name) => {
    expect(peopleInText(text).map((p) => p.name)).toContain(name);
  });
});

describe('a family name printed in capitals', () => {
  it.each([
    ['HIRASAWA Yuko', 'Hirasawa Yuko'],
    ['Mirela DOBRESCU', 'Mirela Dobrescu'],
    ['Callum FAIRWEATHER-SHAW', 'Callum Fairweather-Shaw'],
    ['UN DESA', 'UN DESA'],
  ])('reads %j in ordinary case, in the order printed: %j', (printed, name) => {
    expect(inOrdinaryCase(printed)).toBe(name);
  });
});
