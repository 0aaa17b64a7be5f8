/**
 * A report of an earlier meeting of a fictional series, one numbered paragraph per topic, so that a test corpus is
 * large enough for its words to be rare or common as in a real one (a word in every other chunk says nothing).
 */
export function earlierReport(title: string, placeAndDates: string, topics: string[]): string {
  return [
    `# ${title}`,
    placeAndDates,
    ...topics.map(
      (topic, i) =>
        `${i + 1}. Delegates discussed ${topic}. Several members described their own practice, and the meeting asked ` +
        `the secretariat to gather examples of ${topic} before the next meeting, with a short note on costs.`,
    ),
  ].join('\n\n');
}
