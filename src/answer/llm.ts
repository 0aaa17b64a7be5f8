import { z } from 'zod';
import type { EngineConfig } from '../config/env.js';
import { describeError, ErrorCode, RapporteurError } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { fillPrompt, loadPrompt } from './prompts.js';
import type { Turn } from './types.js';
import type { ModelReply } from './verify-answer.js';

export const LLM_NOT_FOUND = 'NOT_FOUND';

/** What the model is asked to return where the server supports structured output. */
export const groundedAnswerSchema = z.object({
  answer: z.string().describe('The answer, citing passages as [n] after each fact, in the language of the question'),
  citations: z.array(z.number().int()).describe('The numbers of the passages the answer uses'),
  found: z.boolean().describe('false when the passages do not answer the question'),
});

export interface LlmClient {
  /** The model reads the numbered passages and answers from them, or says it found nothing. */
  read(question: string, passages: string, signal?: AbortSignal): Promise<ModelReply>;
  condense(question: string, history: Turn[], signal?: AbortSignal): Promise<string>;
}

type OpenAiConfig = NonNullable<EngineConfig['openai']>;

/**
 * Generation through any OpenAI-compatible server; every failure is raised with its cause so the engine can fall
 * back. No retries: the engine gives each question one deadline (LLM_TIMEOUT_MS), and a retry would only run past it.
 */
export async function createLlmClient(config: OpenAiConfig, logger: Logger): Promise<LlmClient> {
  // Loaded here, not at the top: without a key no command needs them, and they cost a cold start ~0.4 s.
  const [{ ChatOpenAI }, { HumanMessage, SystemMessage }] = await Promise.all([
    import('@langchain/openai'),
    import('@langchain/core/messages'),
  ]);
  const model = new ChatOpenAI({
    apiKey: config.apiKey,
    model: config.model,
    temperature: 0,
    timeout: config.timeoutMs,
    maxRetries: 0,
    configuration: config.baseUrl ? { baseURL: config.baseUrl } : undefined,
  });
  const structuredModel = model.withStructuredOutput(groundedAnswerSchema, {
    name: 'grounded_answer',
    includeRaw: true,
  });
  /** Learned from the first server that rejects a schema; plain text with [n] markers from then on. */
  let structured = true;

  const deadline = (signal?: AbortSignal) => {
    const timeout = AbortSignal.timeout(config.timeoutMs);
    return signal ? AbortSignal.any([signal, timeout]) : timeout;
  };
  const failed = (what: string, error: unknown) =>
    new RapporteurError(
      ErrorCode.LlmFailed,
      `LLM ${what} call to ${config.baseUrl ?? 'OpenAI'} (${config.model}) failed: ${(error as Error).message}`,
      { cause: error },
    );

  const plain = async (system: string, user: string, signal: AbortSignal): Promise<string> => {
    const result = await model.invoke([new SystemMessage(system), new HumanMessage(user)], { signal });
    return contentText(result.content).trim();
  };

  const readStructured = async (system: string, user: string, signal: AbortSignal): Promise<ModelReply> => {
    const { raw, parsed } = await structuredModel.invoke([new SystemMessage(system), new HumanMessage(user)], {
      signal,
    });
    if (parsed) return parsed;
    throw new Error(`the reply did not match the answer schema: ${contentText(raw.content).slice(0, 200)}`);
  };

  return {
    async read(question, passages, signal) {
      const user = fillPrompt(loadPrompt('answer-user'), { context: passages || '(none)', question });
      const within = deadline(signal);
      if (structured) {
        try {
          return await readStructured(loadPrompt('answer'), user, within);
        } catch (error) {
          if (!rejectsSchema(error)) throw failed('answer', error);
          structured = false;
          logger.info(
            `${config.baseUrl ?? 'OpenAI'} (${config.model}) does not answer in the JSON schema; asking for plain text with [n] markers from now on: ${describeError(error)}`,
          );
        }
      }
      try {
        return fromText(await plain(`${loadPrompt('answer')}\n\n${loadPrompt('answer-text')}`, user, within));
      } catch (error) {
        throw failed('answer', error);
      }
    },
    async condense(question, history, signal) {
      const lines = history
        .slice(-6)
        .map((t) => `${t.role === 'user' ? 'User' : 'Assistant'}: ${t.text.slice(0, 500)}`);
      const user = fillPrompt(loadPrompt('condense-question-user'), { history: lines.join('\n'), question });
      try {
        const text = await plain(loadPrompt('condense-question'), user, deadline(signal));
        return text.length > 0 && text.length < 500 ? text : question;
      } catch (error) {
        throw failed('condense', error);
      }
    },
  };
}

/** A plain-text reply: its [n] markers are its citations, and NOT_FOUND means it found nothing. */
function fromText(text: string): ModelReply {
  const found = text.length > 0 && !text.includes(LLM_NOT_FOUND);
  return { answer: text, citations: [], found };
}

/**
 * The server does not do structured output, which is no fault of the question: a 4xx naming the request's format,
 * or a reply that is not the JSON asked for (the OpenAI client parses it, so a plain-text reply fails to parse).
 */
function rejectsSchema(error: unknown): boolean {
  if (error instanceof SyntaxError) return true;
  const status = (error as { status?: number }).status;
  const message = String((error as Error).message ?? '');
  return (
    (status === 400 || status === 404 || status === 422) && /response_format|json_schema|schema|tool/i.test(message)
  );
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? ''))).join('');
  return '';
}
