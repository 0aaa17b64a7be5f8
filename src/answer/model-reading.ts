import { describeError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import type { LlmClient } from './llm.js';
import { type Passage, renderPassages } from './reading-passages.js';
import { mergeSources } from './sources.js';
import type { Answer, AskContext } from './types.js';
import { verifyReply } from './verify-answer.js';

export interface Reading {
  /** The question as asked (condensed), in the asker's own language. */
  question: string;
  passages: Passage[];
  /** What is given when the model fails, finds nothing or is not borne out by its passages. */
  fallback: Answer;
  /** The intent the model's answer is reported under, with "+llm". */
  intent: string;
  now: Date;
}

/**
 * The model reads the passages and answers from them; nobody sees its words before the verifier has checked them
 * against the passages they cite. Streaming listeners get the verified text only, so a withheld answer is never
 * shown even in part.
 */
export async function answerByReading(
  llm: LlmClient,
  logger: Logger,
  reading: Reading,
  context: AskContext,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const { fallback, passages } = reading;
  if (passages.length === 0) return fallback;
  const given = fallback.answered ? 'the offline answer' : 'the offline refusal';
  let verdict: ReturnType<typeof verifyReply>;
  try {
    const reply = await llm.read(reading.question, renderPassages(passages), signal);
    verdict = verifyReply(reply, passages, reading.now);
  } catch (error) {
    logger.warn(`Falling back to ${given}: ${describeError(error)}`);
    return fallback;
  }
  if (!verdict.verified) {
    const why = `Withheld the model's answer to ${JSON.stringify(reading.question)}, giving ${given}: ${verdict.reason}`;
    if (verdict.notFound) logger.info(why);
    else logger.warn(why);
    return fallback;
  }
  for (const piece of verdict.text.match(/\S+\s*|\s+/g) ?? []) context.onToken?.(piece);
  return {
    answer: verdict.text,
    answered: true,
    intent: `${reading.intent}+llm`,
    sources: mergeSources(
      verdict.cited.map((p) => p.source),
      [],
    ),
    confidence: fallback.confidence,
  };
}
