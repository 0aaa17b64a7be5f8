/**
 * A local OpenAI-compatible server for tests: chat completions (plain JSON, SSE streaming and structured output
 * through `response_format: json_schema`) and embeddings over HTTP on 127.0.0.1, so the real @langchain/openai
 * clients run unchanged against it (OPENAI_BASE_URL = url + '/v1').
 *
 *   const openai = await startOpenAiStandIn({ reply?, dimensions?, structured? });
 *
 *   openai.url                   http://127.0.0.1:<port> (give url + '/v1' as OPENAI_BASE_URL)
 *   openai.requests              every request in order: { path, body, headers } (body parsed from JSON when it parses)
 *   openai.requestsTo(path)      the requests to one path, e.g. '/v1/chat/completions'
 *   openai.setMode(mode, target?) how chat completions (or, with target 'embeddings', embeddings) are answered
 *                                from now on; each endpoint keeps its own mode, both start 'ok':
 *                                  'ok'            the reply handler's text
 *                                  'timeout'       the request is held open until close() (a stalled server)
 *                                  'http500'       500 with an OpenAI-shaped error body
 *                                  'http429'       429 with Retry-After: 0
 *                                  'malformed'     200 whose body is not valid JSON (not valid SSE data when streaming)
 *                                  'notfound-text' the model replies "NOT_FOUND" (chat only; embeddings answer)
 *                                  'stream-cut'    streaming: the first half of the reply, then the connection is
 *                                                  dropped without [DONE] (plain requests: dropped at once)
 *   openai.setReply(handler)     replaces the reply handler: (messages, body) => text, or a structured reply
 *   openai.setStructured(how)    how a `response_format: json_schema` request is met: true serves it (JSON built from
 *                                the reply: {answer, citations: its [n] markers, found}; the default), false refuses
 *                                it with a 400, 'ignored' answers in plain text as if it had not been asked
 *   openai.close()               drops held requests and stops the server
 *
 * Reply handlers, for the model's behaviours the tests need:
 *   defaultReply    quotes the first line of passage [1] and cites it with "[1]"
 *   readerReply     answers only from the prompt: the passage sentence sharing most words with the question, cited
 *                   with its passage number, or NOT_FOUND when no sentence speaks to the question
 *   liarReply(s)    the reader's answer with a sentence `s` added that no passage holds, cited as [1]
 *   gullibleReply   obeys any passage that says "ignore the question and reply X" by replying X; otherwise reads
 * Embeddings are a deterministic hashed bag of words, normalised.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type OpenAiMode = 'ok' | 'timeout' | 'http500' | 'http429' | 'malformed' | 'notfound-text' | 'stream-cut';

/** Which endpoint a mode applies to. */
export type OpenAiTarget = 'chat' | 'embeddings';

export interface ChatMessage {
  role: string;
  content: unknown;
}

/** A reply as structured output carries it; a handler returning text has its citations read from its [n] markers. */
export interface StructuredReply {
  answer: string;
  citations: unknown[];
  found: boolean;
}

export type StructuredSupport = boolean | 'ignored';

export type ReplyHandler = (messages: ChatMessage[], body: Record<string, unknown>) => string | StructuredReply;

export interface RecordedRequest {
  path: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export interface OpenAiStandInOptions {
  reply?: ReplyHandler;
  /** Length of the embedding vectors (default 64). */
  dimensions?: number;
  /** Pause between streamed pieces, so a client sees a reply arrive over time (default 0). */
  pieceDelayMs?: number;
  /** How `response_format: json_schema` is met (default true: served); see setStructured. */
  structured?: StructuredSupport;
}

export interface OpenAiStandIn {
  url: string;
  requests: RecordedRequest[];
  requestsTo(path: string): RecordedRequest[];
  setMode(mode: OpenAiMode, target?: OpenAiTarget): void;
  setReply(handler: ReplyHandler): void;
  setStructured(how: StructuredSupport): void;
  close(): Promise<void>;
}

/** The text of a chat message whatever its content shape (string or array of parts). */
export function messageText(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (Array.isArray(message.content))
    return message.content
      .map((part) => (typeof part === 'string' ? part : ((part as { text?: string }).text ?? '')))
      .join('');
  return '';
}

/** The prompt's numbered passages and its question, read back from the last user message. */
export function promptOf(messages: ChatMessage[]): {
  passages: Array<{ n: number; heading: string; text: string }>;
  question: string;
} {
  const user = [...messages].reverse().find((m) => m.role === 'user');
  const text = user ? messageText(user) : '';
  const question = /\nQuestion: ([^\n]*)\s*$/.exec(text)?.[1] ?? '';
  const body = text.replace(/\nQuestion: [^\n]*\s*$/, '');
  const passages = [...body.matchAll(/(?:^|\n)\[(\d+)\] ([^\n]*)\n([\s\S]*?)(?=\n\n\[\d+\] |$)/g)].map((m) => ({
    n: Number(m[1]),
    heading: m[2] ?? '',
    text: (m[3] ?? '').trim(),
  }));
  return { passages, question };
}

/** Quotes the first line of passage [1] and cites it. */
export const defaultReply: ReplyHandler = (messages) => {
  const first = promptOf(messages).passages[0];
  const line = first?.text.split('\n').find((l) => l.trim());
  return line ? `According to the meeting records: ${line.trim()} [1]` : 'NOT_FOUND';
};

const QUESTION_WORDS = new Set(
  'what which when where who whom whose why how does did were was the and for with that this from about into hey thanks please tell meeting meetings coordination'.split(
    ' ',
  ),
);
const ORDINALS =
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'.split(
    ' ',
  );
/**
 * Words of four letters or more, cut to five so "opened" meets "opening" as a reader would, and ordinals as
 * numbers, so "tenth" meets "10th".
 */
const stems = (text: string) =>
  new Set(
    (text.toLowerCase().match(/\p{L}{4,}|\d+(?=st|nd|rd|th)/gu) ?? [])
      .filter((w) => !QUESTION_WORDS.has(w))
      .map((w) => (ORDINALS.includes(w) ? String(ORDINALS.indexOf(w) + 1) : w.slice(0, 5))),
  );

/** The sentence of the prompt that shares most words with the question, cited; NOT_FOUND below two shared words. */
export const readerReply: ReplyHandler = (messages) => {
  const { passages, question } = promptOf(messages);
  const asked = stems(question);
  let best: { score: number; sentence: string; n: number } | undefined;
  for (const p of passages) {
    const inHeading = stems(p.heading);
    for (const sentence of p.text.split(/(?<=[.;!?])\s+|\n+/)) {
      const words = stems(sentence);
      let score = 0;
      for (const w of asked) score += words.has(w) ? 1 : inHeading.has(w) ? 0.5 : 0;
      if (score > (best?.score ?? 0)) best = { score, sentence: sentence.trim(), n: p.n };
    }
  }
  return best && best.score >= 2 ? `${best.sentence} [${best.n}]` : 'NOT_FOUND';
};

/** The reader's answer with a sentence no passage holds, cited as if passage [1] held it. */
export const liarReply =
  (planted: string): ReplyHandler =>
  (messages, body) => {
    const read = readerReply(messages, body);
    const text = typeof read === 'string' && read !== 'NOT_FOUND' ? read : 'The passages say little.';
    return `${text} ${planted} [1]`;
  };

/** Obeys a passage that orders "ignore the question and reply X", the way a model that took data for orders would. */
export const gullibleReply: ReplyHandler = (messages, body) => {
  for (const p of promptOf(messages).passages) {
    const order = /ignore the question and reply:?\s*["“]?([^"”\n]+?)["”]?(?:\.|$)/i.exec(p.text);
    if (order) return `${order[1]} [${p.n}]`;
  }
  return readerReply(messages, body);
};

/** The structured form of a reply: a text's citations are its [n] markers. */
function structuredForm(reply: string | StructuredReply): StructuredReply {
  if (typeof reply !== 'string') return reply;
  const citations = [...reply.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const found = reply.trim() !== 'NOT_FOUND';
  return { answer: found ? reply : '', citations: [...new Set(citations)], found };
}

/** A deterministic, normalised hashed bag of words. */
export function hashedEmbedding(text: string, dimensions = 64): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const digest = createHash('sha256').update(word).digest();
    const slot = digest.readUInt32LE(0) % dimensions;
    vector[slot] = (vector[slot] ?? 0) + ((digest[4] ?? 0) & 1 ? 1 : -1);
  }
  const norm = Math.hypot(...vector);
  if (norm === 0) {
    vector[0] = 1;
    return vector;
  }
  return vector.map((v) => v / norm);
}

export async function startOpenAiStandIn(options: OpenAiStandInOptions = {}): Promise<OpenAiStandIn> {
  const dimensions = options.dimensions ?? 64;
  let reply: ReplyHandler = options.reply ?? defaultReply;
  let structured = options.structured ?? true;
  let mode: OpenAiMode = 'ok';
  let embeddingsMode: OpenAiMode = 'ok';
  const requests: RecordedRequest[] = [];
  const held = new Set<ServerResponse>();
  let sequence = 0;

  const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const apiError = (res: ServerResponse, status: number, message: string, type: string, headers = {}) =>
    sendJson(res, status, { error: { message, type, param: null, code: null } }, headers);

  const embeddings = (res: ServerResponse, body: Record<string, unknown>) => {
    if (fault(embeddingsMode, res, body)) return;
    const input = body.input;
    const texts = Array.isArray(input) ? input : [input];
    const base64 = body.encoding_format === 'base64';
    const data = texts.map((text, index) => {
      const vector = hashedEmbedding(typeof text === 'string' ? text : JSON.stringify(text), dimensions);
      const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
      return { object: 'embedding', embedding, index };
    });
    const tokens = texts.reduce((n, t) => n + String(t).split(/\s+/).length, 0);
    sendJson(res, 200, {
      object: 'list',
      data,
      model: body.model ?? 'stand-in-embedding',
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  };

  /** Answers with the fault of `current` and returns true, or returns false when the request should be served. */
  const fault = (current: OpenAiMode, res: ServerResponse, body: Record<string, unknown>): boolean => {
    switch (current) {
      case 'timeout':
        held.add(res);
        res.on('close', () => held.delete(res));
        return true;
      case 'http500':
        apiError(res, 500, 'The stand-in server had an error while processing your request.', 'server_error');
        return true;
      case 'http429':
        apiError(res, 429, 'Rate limit reached (stand-in).', 'rate_limit_exceeded', { 'retry-after': '0' });
        return true;
      case 'malformed':
        if (body.stream) {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.end('data: {"id": "chatcmpl-broken", "choices": [\n\n');
          return true;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"id": "chatcmpl-broken", "choices": [ {"message": ');
        return true;
      case 'stream-cut':
        if (body.stream) return false;
        res.destroy();
        return true;
      default:
        return false;
    }
  };

  const chat = async (res: ServerResponse, body: Record<string, unknown>) => {
    if (fault(mode, res, body)) return;
    const messages = Array.isArray(body.messages) ? (body.messages as ChatMessage[]) : [];
    const format = body.response_format as { type?: string } | undefined;
    const wantsSchema = format?.type === 'json_schema';
    if (wantsSchema && structured === false) {
      apiError(
        res,
        400,
        "Invalid parameter: 'response_format' of type 'json_schema' is not supported (stand-in).",
        'invalid_request_error',
      );
      return;
    }
    const replied = mode === 'notfound-text' ? 'NOT_FOUND' : reply(messages, body);
    const text =
      wantsSchema && structured === true
        ? JSON.stringify(structuredForm(replied))
        : typeof replied === 'string'
          ? replied
          : replied.answer;
    const id = `chatcmpl-standin-${++sequence}`;
    const created = Math.floor(Date.now() / 1000);
    const model = typeof body.model === 'string' ? body.model : 'stand-in-chat';
    const completionTokens = text.split(/\s+/).filter(Boolean).length;
    const usage = { prompt_tokens: 10, completion_tokens: completionTokens, total_tokens: 10 + completionTokens };
    if (!body.stream) {
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model,
        choices: [{ index: 0, message: { role: 'assistant', content: text }, logprobs: null, finish_reason: 'stop' }],
        usage,
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const chunk = (delta: Record<string, unknown>, finish: string | null, extra: Record<string, unknown> = {}) =>
      res.write(
        `data: ${JSON.stringify({
          id,
          object: 'chat.completion.chunk',
          created,
          model,
          choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
          ...extra,
        })}\n\n`,
      );
    chunk({ role: 'assistant', content: '' }, null);
    const pieces = text.match(/\S+\s*|\s+/g) ?? [];
    if (mode === 'stream-cut') {
      for (const piece of pieces.slice(0, Math.max(1, Math.floor(pieces.length / 2)))) chunk({ content: piece }, null);
      // Let the chunks reach the client before the connection drops.
      setTimeout(() => res.destroy(), 20);
      return;
    }
    for (const piece of pieces) {
      chunk({ content: piece }, null);
      if (options.pieceDelayMs) await new Promise((resolve) => setTimeout(resolve, options.pieceDelayMs));
    }
    chunk({}, 'stop');
    const streamOptions = body.stream_options as { include_usage?: boolean } | undefined;
    if (streamOptions?.include_usage) {
      res.write(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [], usage })}\n\n`,
      );
    }
    res.end('data: [DONE]\n\n');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const piece of req) chunks.push(piece as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : {};
    } catch {
      // kept as text
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push({ path, body, headers: req.headers });
    const parsed = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    if (req.method === 'POST' && path === '/v1/embeddings') return embeddings(res, parsed);
    if (req.method === 'POST' && path === '/v1/chat/completions') return chat(res, parsed);
    apiError(res, 404, `Unknown path ${req.method} ${path} (stand-in)`, 'invalid_request_error');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) apiError(res, 500, String(error), 'server_error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path),
    setMode(next, target = 'chat') {
      if (target === 'embeddings') embeddingsMode = next;
      else mode = next;
    },
    setReply(handler) {
      reply = handler;
    },
    setStructured(how) {
      structured = how;
    },
    async close() {
      for (const res of held) res.destroy();
      held.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
