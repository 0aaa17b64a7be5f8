/** The text with its first letter in capitals: "adoption of the agenda" → "Adoption of the agenda". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
