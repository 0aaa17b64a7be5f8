import type { DraftItem } from '../../src/knowledge/drafting/agenda.js';

/** A drafted agenda item as a test compares it: its number and title, and its people by name. */
export function itemOverview(item: DraftItem) {
  return {
    number: item.number,
    title: item.title,
    speakers: item.speakers.map((p) => p.name),
    moderators: item.moderators.map((p) => p.name),
  };
}
