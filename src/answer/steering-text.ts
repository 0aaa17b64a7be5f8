/**
 * Text written to steer an assistant rather than to inform a reader: an instruction to disregard instructions, a
 * role assigned to "you", or a fake "System:" turn. A document may hold such text; quoting it as an answer would let
 * the document speak for the bot.
 */
const TO_AN_ASSISTANT =
  /\b(?:ignore|disregard|forget)\b[^.]{0,40}\b(?:instructions?|rules?|prompts?|questions?)\b|\byou are (?:now )?(?:an?|the)\b[^.]{0,40}\b(?:assistant|model|bot|AI)\b|(?:^|[.;]\s*)(?:system|assistant)\s*:/i;

export function addressesAnAssistant(text: string): boolean {
  return TO_AN_ASSISTANT.test(text);
}
