import { createHash } from 'node:crypto';
import { CHUNKER_VERSION, type Chunk } from '../knowledge/chunk.js';

/** A seeded PRNG (mulberry32): the same seed gives the same corpus on every machine and Node version. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPIC_WORDS = (
  'migration remittances labour mobility refugees asylum integration diaspora border governance data census survey ' +
  'statistics trafficking smuggling return readmission visa citizenship naturalization employment skills recruitment ' +
  'wages gender youth children health education climate displacement resettlement protection rights policy dialogue ' +
  'cooperation partnership compact agenda development financing capacity indicators monitoring review evaluation ' +
  'framework strategy coordination secretariat mandate resolution report session plenary panel workshop consultation ' +
  'region corridor circular seasonal temporary permanent irregular regular inflows outflows stock estimates projection ' +
  'household income poverty inequality urbanization housing xenophobia discrimination inclusion networks transfers'
).split(' ');

export const FIRST_NAMES = (
  'Amina Bela Carlos Dana Elif Farid Grace Hiro Ines Jonas Kofi Lena Mateo Nadia Omar Priya Quentin Rosa Sami Tanvir ' +
  'Ursula Viktor Wen Ximena Yusuf Zara'
).split(' ');
export const LAST_NAMES = (
  'Abebe Bakker Castillo Dubois Eriksen Fofana Gupta Haddad Ivanova Jensen Kato Lopez Mensah Novak Okafor Petrov ' +
  'Quispe Rahman Silva Tanaka Uzoma Varga Wang Xu Yilmaz Zhou'
).split(' ');
const ORGANIZATIONS = 'UN DESA|IOM|UNHCR|ILO|UNICEF|World Bank|OECD|UNFPA|UNODC|UNDP|ECLAC|ESCAP'.split('|');
const VENUES = ['United Nations Headquarters, New York', 'Palais des Nations, Geneva', 'Vienna International Centre'];
const SYLLABLES = 'ka lo mi ne ru ta shi vo den pra mel tor fin gal bre zu ost nar'.split(' ');

/**
 * A word pool with a Zipf-like frequency curve: a few topic words are common, a long tail of invented words is
 * rare. Real prose has that shape, and it is what makes BM25 postings and hashed vectors behave as they do at scale.
 */
export function wordPool(random: () => number, tail: number): { pick: () => string } {
  const words = [...TOPIC_WORDS];
  const seen = new Set(words);
  while (words.length < TOPIC_WORDS.length + tail) {
    const parts = 2 + Math.floor(random() * 2);
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) {
    total += 1 / rank;
    cumulative.push(total);
  }
  return {
    pick: () => {
      const target = random() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
        else hi = mid;
      }
      return words[lo]!;
    },
  };
}

export interface SyntheticCorpusOptions {
  chunks: number;
  seed?: number;
}

/**
 * Chunks of invented meetings, built directly (no files, no chunker) so retrieval can be measured at sizes the
 * bundled corpus never reaches. Each meeting gives a facts chunk (dates, venue, agenda with speakers and document
 * symbols) and a few prose chunks per agenda item; meetings are added until the requested count is reached.
 */
export function syntheticChunks(options: SyntheticCorpusOptions): Chunk[] {
  const random = seededRandom(options.seed ?? 1);
  const pool = wordPool(random, 3000);
  const pickOf = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = (min: number, spread: number) => {
    const words = Array.from({ length: min + Math.floor(random() * spread) }, pool.pick);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const chunks: Chunk[] = [];
  for (let number = 1; chunks.length < options.chunks; number++) {
    const year = 2000 + (number % 25);
    const day = 1 + Math.floor(random() * 27);
    const month = 1 + Math.floor(random() * 12);
    const start = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const path = `synthetic/meeting-${String(number).padStart(5, '0')}.md`;
    const title = `Coordination Meeting ${number} on ${pickOf(TOPIC_WORDS)} and ${pickOf(TOPIC_WORDS)}`;
    const items = Array.from({ length: 3 + Math.floor(random() * 4) }, (_, i) => ({
      number: i + 1,
      topic: `${pickOf(TOPIC_WORDS)} ${pickOf(TOPIC_WORDS)} ${pool.pick()}`,
      speaker: `${pickOf(FIRST_NAMES)} ${pickOf(LAST_NAMES)} (${pickOf(ORGANIZATIONS)})`,
      symbol: `A/${50 + (number % 30)}/${100 + Math.floor(random() * 900)}`,
    }));
    let part = 0;
    const add = (section: string, kind: Chunk['kind'], text: string) => {
      const searchText = `${title}${section ? ` — ${section}` : ''}\n${text}`;
      chunks.push({
        id: `${path}#${part++}`,
        path,
        title,
        section,
        kind,
        text,
        searchText,
        meetingNumber: number,
        meetingStart: start,
        meetingEnd: start,
        hash: createHash('sha256').update(`${CHUNKER_VERSION}\n${searchText}`).digest('hex'),
      });
    };
    add(
      'Facts',
      'facts',
      [
        `Meeting ${number} was held on ${start} at ${pickOf(VENUES)}.`,
        ...items.map((it) => `Item ${it.number}: ${it.topic}, presented by ${it.speaker}, document ${it.symbol}.`),
      ].join('\n'),
    );
    for (const item of items) {
      const paragraphs = 1 + Math.floor(random() * 3);
      for (let p = 0; p < paragraphs; p++) {
        const lead = p === 0 ? `${item.speaker} introduced ${item.symbol} on ${item.topic}. ` : '';
        add(`Item ${item.number}`, 'prose', `${lead}${sentence(12, 10)} ${sentence(12, 10)} ${sentence(8, 10)}`);
      }
    }
  }
  chunks.length = options.chunks;
  return chunks;
}

/** Questions drawn from the corpus's own words, so every query has true neighbours to find. */
export function syntheticQueries(chunks: readonly Chunk[], count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const words = chunks[Math.floor(random() * chunks.length)]!.text.split(/\s+/);
    const at = Math.floor(random() * Math.max(1, words.length - 6));
    return `What was said about ${words
      .slice(at, at + 6)
      .join(' ')
      .replace(/[.,]+$/, '')}?`;
  });
}
