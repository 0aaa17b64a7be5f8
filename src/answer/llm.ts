import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { EngineConfig } from '../config/env.js';
import { ErrorCode, RapporteurError } from '../errors.js';
import type { Hit } from '../retrieval/hybrid-search.js';
import { fillPrompt, loadPrompt } from './prompts.js';
import type { Turn } from './types.js';

export const LLM_NOT_FOUND = 'NOT_FOUND';

export interface LlmClient {
  answer(
    question: string,
    facts: string,
    hits: Hit[],
    onToken?: (text: string) => void,
    signal?: AbortSignal,
  ): Promise<string>;
  condense(question: string, history: Turn[]): Promise<string>;
}

type OpenAiConfig = NonNullable<EngineConfig['openai']>;

/** Generation through any OpenAI-compatible server; every failure is raised with its cause so the engine can fall back. */
export async function createLlmClient(config: OpenAiConfig): Promise<LlmClient> {
  const { ChatOpenAI } = await import('@langchain/openai');
  const model = new ChatOpenAI({
    apiKey: config.apiKey,
    model: config.model,
    temperature: 0,
    timeout: config.timeoutMs,
    maxRetries: 1,
    configuration: config.baseUrl ? { baseURL: config.baseUrl } : undefined,
  });

  const run = async (system: string, user: string, onToken?: (text: string) => void, signal?: AbortSignal) => {
    const messages = [new SystemMessage(system), new HumanMessage(user)];
    const timeout = AbortSignal.timeout(config.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      if (!onToken) {
        const result = await model.invoke(messages, { signal: combined });
        return contentText(result.content);
      }
      let text = '';
      for await (const chunk of await model.stream(messages, { signal: combined })) {
        const piece = contentText(chunk.content);
        text += piece;
        if (piece) onToken(piece);
      }
      return text;
    } catch (error) {
      throw new RapporteurError(
        ErrorCode.LlmFailed,
        `LLM call to ${config.baseUrl ?? 'OpenAI'} (${config.model}) failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
  };

  return {
    async answer(question, facts, hits, onToken, signal) {
      const context = hits
        .map((h, i) => `[${i + 1}] ${h.chunk.title}${h.chunk.section ? ` — ${h.chunk.section}` : ''}\n${h.chunk.text}`)
        .join('\n\n');
      const user = fillPrompt(loadPrompt('answer-user'), {
        facts: facts || '(none)',
        context: context || '(none)',
        question,
      });
      const text = (await run(loadPrompt('answer'), user, onToken, signal)).trim();
      if (!text) throw new RapporteurError(ErrorCode.LlmFailed, `LLM (${config.model}) returned an empty answer`);
      return text;
    },
    async condense(question, history) {
      const lines = history
        .slice(-6)
        .map((t) => `${t.role === 'user' ? 'User' : 'Assistant'}: ${t.text.slice(0, 500)}`);
      const user = fillPrompt(loadPrompt('condense-question-user'), { history: lines.join('\n'), question });
      const text = (await run(loadPrompt('condense-question'), user)).trim();
      return text.length > 0 && text.length < 500 ? text : question;
    },
  };
}

function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content.map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? ''))).join('');
  return '';
}
