/**
 * A local Slack for end-to-end tests: the Web API methods Rapporteur calls, over HTTP on 127.0.0.1, and a
 * Socket Mode WebSocket server, so the real Bolt App and WebClient run unchanged against it (SLACK_API_URL).
 *
 *   const slack = await startSlackStandIn({ botUserId?, botId?, teamId?, appId? });
 *
 *   slack.apiUrl                 http://127.0.0.1:<port>/api/ (give it as SLACK_API_URL)
 *   slack.socketUrl              ws://127.0.0.1:<port>/socket (what apps.connections.open returns)
 *   slack.calls                  every Web API call in order: { method, args, token, at }; response_url posts
 *                                are recorded with method 'response_url'
 *   slack.callsTo(method)        the calls to one method
 *   slack.messages(channel)      messages in a channel (posted by the bot or seeded), oldest first
 *   slack.addMessage(channel, m) seeds a person's message ({ user, text, thread_ts? }); returns it with its ts
 *   slack.failNext(method, r)    the next call to `method` gets `r` = { status, headers?, body? } instead
 *   slack.holdNext(method)       the next call to `method` waits for the returned release() before it is answered
 *   slack.users                  Map<userId, user> served by users.info (unknown ids: user_not_found)
 *   slack.views                  Map<userId, view>: the last views.publish per user
 *   slack.ephemerals             chat.postEphemeral arguments, in order
 *   slack.responseUrl()          a fresh response_url served here (for slash commands and actions)
 *   slack.sendSocketEvent(payload, type = 'events_api', envelope?)
 *                                delivers an envelope to the newest socket and resolves with its ack:
 *                                { envelope_id, payload, ackMs }; `envelope` adds e.g. { retry_attempt: 1 }
 *   slack.eventPayload(event, { eventId? })       an Events API payload around `event`
 *   slack.dmEvent(channel, text, { user?, extra? })  seeds a person's DM and returns its message.im payload
 *   slack.botReplies(channel)    the bot's own messages in a channel
 *   slack.commandPayload({ text, user_id?, channel_id?, command? })   a slash command payload
 *   slack.blockActionPayload({ action_id, value, user_id?, channel_id?, message_ts?, thread_ts?, view?, element?, action_ts? })
 *                                `element: 'feedback_buttons'` makes the click of Slack's feedback_buttons element
 *   slack.appHomeOpened(user, tab, channel?)   the app_home_opened payload Slack sends when a person opens the
 *                                app: tab 'messages' is where the agent messaging view greets them, 'home' the Home tab
 *   slack.refuseStreaming(error) chat.startStream answers { ok: false, error } from now on (false: accept again),
 *                                as in a workspace that does not allow the streaming API
 *
 * Streaming (chat.startStream / appendStream / stopStream) builds one message: its text is the streamed markdown,
 * shown as a `markdown` block, with `streaming: true` until chat.stopStream, which appends the blocks it is given.
 * As Slack does, startStream outside a DM needs recipient_user_id and recipient_team_id, and appendStream and
 * stopStream fail on a message that is not streaming.
 *   slack.connectedSockets()     open Socket Mode connections
 *   slack.dropSockets()          closes them all, as Slack does when it recycles a connection
 *   slack.waitFor(check, ms?)    resolves once check() is truthy (polls), rejects after ms (default 10 s)
 *   slack.close()
 *
 * HTTP mode: signSlackRequest(secret, body, timestamp?) gives the two signature headers, and
 * postSigned(url, body, options) POSTs a signed (or deliberately mis-signed) request to the app.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  user?: string;
  bot_id?: string;
  thread_ts?: string;
  blocks?: unknown[];
  metadata?: unknown;
  [key: string]: unknown;
}

/** A file uploaded the files.uploadV2 way: getUploadURLExternal, a POST of the bytes, completeUploadExternal. */
export interface UploadedFile {
  id: string;
  filename: string;
  title?: string;
  /** The uploaded bytes as text (a multipart body is reduced to its one file part). */
  content: string;
  /** Set once files.completeUploadExternal shared it. */
  channel?: string;
  thread_ts?: string;
  initial_comment?: string;
}

export interface FailureResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface SocketAck {
  envelope_id: string;
  payload: unknown;
  ackMs: number;
}

export interface StandInOptions {
  botUserId?: string;
  botId?: string;
  teamId?: string;
  appId?: string;
}

export interface SlackStandIn {
  apiUrl: string;
  socketUrl: string;
  botUserId: string;
  botId: string;
  teamId: string;
  appId: string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  messages(channel: string): StoredMessage[];
  addMessage(channel: string, message: { user: string; text: string; thread_ts?: string }): StoredMessage;
  failNext(method: string, response: FailureResponse): void;
  holdNext(method: string): () => void;
  users: Map<string, Record<string, unknown>>;
  /** Files shared with files.completeUploadExternal, in order. */
  files: UploadedFile[];
  views: Map<string, Record<string, unknown>>;
  ephemerals: Record<string, unknown>[];
  responseUrl(): string;
  sendSocketEvent(payload: unknown, type?: string, envelope?: Record<string, unknown>): Promise<SocketAck>;
  eventPayload(event: Record<string, unknown>, options?: { eventId?: string }): Record<string, unknown>;
  /** Seeds a person's DM in `channel` and returns the `message.im` Events API payload for it. */
  dmEvent(
    channel: string,
    text: string,
    options?: { user?: string; extra?: Record<string, unknown> },
  ): Record<string, unknown>;
  /** The bot's own messages in a channel, oldest first. */
  botReplies(channel: string): StoredMessage[];
  commandPayload(options: {
    text: string;
    user_id?: string;
    channel_id?: string;
    command?: string;
  }): Record<string, unknown>;
  blockActionPayload(options: {
    action_id: string;
    value: string;
    user_id?: string;
    channel_id?: string;
    message_ts?: string;
    thread_ts?: string;
    view?: Record<string, unknown>;
    element?: 'button' | 'feedback_buttons';
    action_ts?: string;
  }): Record<string, unknown>;
  appHomeOpened(user: string, tab: 'home' | 'messages', channel?: string): Record<string, unknown>;
  refuseStreaming(error: string | false): void;
  connectedSockets(): number;
  dropSockets(): void;
  waitFor<T>(check: () => T | undefined | false | null, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

const ACK_TIMEOUT_MS = 5000;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** WebClient sends form fields, with arrays and objects (blocks, view, prompts, metadata) as JSON strings. */
function parseArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (body === '') return {};
  if (contentType?.includes('application/json')) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (/^[[{]/.test(value)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON after all: keep the text.
      }
    }
    args[key] = value;
  }
  return args;
}

/** The bytes of the one file in a multipart body, or the body itself when it was posted raw. */
function fileContent(body: string, contentType: string | undefined): string {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return body;
  const part = body.split(`--${mark}`).find((p) => /filename=|name="file"|name="body"/.test(p)) ?? '';
  const start = part.indexOf('\r\n\r\n');
  return start < 0 ? '' : part.slice(start + 4).replace(/\r\n$/, '');
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** ts values that sort as numbers in the order they were made, like Slack's. */
function tsFactory(): () => string {
  const base = Math.floor(Date.now() / 1000);
  let seq = 0;
  return () => {
    seq += 1;
    return `${base + Math.floor(seq / 1_000_000)}.${String(seq % 1_000_000).padStart(6, '0')}`;
  };
}

function inRange(ts: string, args: Record<string, unknown>): boolean {
  const inclusive = String(args.inclusive) === 'true' || args.inclusive === true;
  const n = Number(ts);
  if (args.oldest !== undefined && (inclusive ? n < Number(args.oldest) : n <= Number(args.oldest))) return false;
  if (args.latest !== undefined && (inclusive ? n > Number(args.latest) : n >= Number(args.latest))) return false;
  return true;
}

function page<T>(items: T[], args: Record<string, unknown>): { items: T[]; next: string } {
  const start = Number(args.cursor ?? 0) || 0;
  const limit = Number(args.limit ?? 100) || 100;
  const slice = items.slice(start, start + limit);
  return { items: slice, next: start + limit < items.length ? String(start + limit) : '' };
}

export async function startSlackStandIn(options: StandInOptions = {}): Promise<SlackStandIn> {
  const botUserId = options.botUserId ?? 'UBOT';
  const botId = options.botId ?? 'BBOT';
  const teamId = options.teamId ?? 'TSTANDIN';
  const appId = options.appId ?? 'ASTANDIN';
  const calls: RecordedCall[] = [];
  const byChannel = new Map<string, StoredMessage[]>();
  const failures = new Map<string, FailureResponse[]>();
  const holds = new Map<string, Array<Promise<void>>>();
  const users = new Map<string, Record<string, unknown>>();
  const uploads = new Map<string, UploadedFile>();
  const files: UploadedFile[] = [];
  const views = new Map<string, Record<string, unknown>>();
  const ephemerals: Record<string, unknown>[] = [];
  const sockets = new Set<WebSocket>();
  const pendingAcks = new Map<string, (payload: unknown) => void>();
  const nextTs = tsFactory();
  let base = '';
  let responseCount = 0;
  let streamRefusal: string | false = false;

  const channelMessages = (channel: string): StoredMessage[] => {
    let list = byChannel.get(channel);
    if (!list) {
      list = [];
      byChannel.set(channel, list);
    }
    return list;
  };
  const store = (message: StoredMessage): StoredMessage => {
    channelMessages(message.channel).push(message);
    return message;
  };
  const find = (channel: string, ts: string) => channelMessages(channel).find((m) => m.ts === ts);
  /** The text a streaming call carries: its markdown_text, then its markdown_text chunks. */
  const streamedText = (args: Record<string, unknown>): string => {
    const chunks = Array.isArray(args.chunks) ? (args.chunks as Array<{ type?: string; text?: string }>) : [];
    return (
      String(args.markdown_text ?? '') +
      chunks
        .filter((c) => c.type === 'markdown_text')
        .map((c) => c.text ?? '')
        .join('')
    );
  };
  const appendToStream = (message: StoredMessage, text: string): void => {
    message.text += text;
    message.blocks = [{ type: 'markdown', text: message.text }];
  };
  const streamingMessage = (args: Record<string, unknown>) => {
    const message = find(String(args.channel), String(args.ts));
    if (!message) return { error: 'message_not_found' };
    if (!message.streaming) return { error: 'message_not_in_streaming_state' };
    return { message };
  };

  const methods: Record<string, (args: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({
      url: 'https://stand-in.slack.test/',
      team: 'Stand-in',
      user: 'rapporteur',
      team_id: teamId,
      user_id: botUserId,
      bot_id: botId,
      is_enterprise_install: false,
    }),
    'apps.connections.open': () => ({ url: `${base.replace(/^http/, 'ws')}/socket` }),
    'chat.postMessage': (args) => {
      const channel = String(args.channel ?? '');
      if (!channel) return { ok: false, error: 'channel_not_found' };
      const { token: _token, channel: _channel, ...rest } = args;
      const message = store({
        ...rest,
        channel,
        ts: nextTs(),
        text: String(args.text ?? ''),
        user: botUserId,
        bot_id: botId,
      });
      if (message.thread_ts) {
        const parent = find(channel, message.thread_ts);
        if (parent) parent.reply_count = Number(parent.reply_count ?? 0) + 1;
      }
      return { channel, ts: message.ts, message };
    },
    'chat.update': (args) => {
      const message = find(String(args.channel), String(args.ts));
      if (!message) return { ok: false, error: 'message_not_found' };
      if (args.text !== undefined) message.text = String(args.text);
      if (args.blocks !== undefined) message.blocks = args.blocks as unknown[];
      if (args.metadata !== undefined) message.metadata = args.metadata;
      return { channel: message.channel, ts: message.ts, text: message.text };
    },
    'chat.startStream': (args) => {
      if (streamRefusal) return { ok: false, error: streamRefusal };
      const channel = String(args.channel ?? '');
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (!channel.startsWith('D') && (!args.recipient_user_id || !args.recipient_team_id)) {
        return { ok: false, error: 'invalid_arguments' };
      }
      const message = store({
        channel,
        ts: nextTs(),
        text: '',
        user: botUserId,
        bot_id: botId,
        streaming: true,
        ...(args.thread_ts ? { thread_ts: String(args.thread_ts) } : {}),
      });
      appendToStream(message, streamedText(args));
      return { channel, ts: message.ts };
    },
    'chat.appendStream': (args) => {
      const { message, error } = streamingMessage(args);
      if (!message) return { ok: false, error };
      appendToStream(message, streamedText(args));
      return { channel: message.channel, ts: message.ts };
    },
    'chat.stopStream': (args) => {
      const { message, error } = streamingMessage(args);
      if (!message) return { ok: false, error };
      appendToStream(message, streamedText(args));
      message.streaming = false;
      if (Array.isArray(args.blocks)) message.blocks = [...(message.blocks ?? []), ...(args.blocks as unknown[])];
      return { channel: message.channel, ts: message.ts, message };
    },
    'chat.postEphemeral': (args) => {
      ephemerals.push(args);
      return { message_ts: nextTs() };
    },
    'conversations.history': (args) => {
      const top = channelMessages(String(args.channel))
        .filter((m) => !m.thread_ts || m.thread_ts === m.ts)
        .filter((m) => inRange(m.ts, args))
        .reverse();
      const { items, next } = page(top, args);
      return { messages: items, has_more: next !== '', response_metadata: { next_cursor: next } };
    },
    'conversations.replies': (args) => {
      const thread = String(args.ts);
      const replies = channelMessages(String(args.channel))
        .filter((m) => m.ts === thread || m.thread_ts === thread)
        .filter((m) => inRange(m.ts, args));
      const { items, next } = page(replies, args);
      return { messages: items, has_more: next !== '', response_metadata: { next_cursor: next } };
    },
    'views.publish': (args) => {
      const view = { ...(args.view as Record<string, unknown>), id: `V${randomUUID().slice(0, 8)}` };
      views.set(String(args.user_id), view);
      return { view };
    },
    'files.getUploadURLExternal': (args) => {
      if (!args.filename || !args.length) return { ok: false, error: 'invalid_arguments' };
      const id = `F${randomUUID().slice(0, 8).toUpperCase()}`;
      uploads.set(id, { id, filename: String(args.filename), content: '' });
      return { upload_url: `${base}/upload/${id}`, file_id: id };
    },
    'files.completeUploadExternal': (args) => {
      // parseArgs has already read the JSON of `files`.
      const listed = (Array.isArray(args.files) ? args.files : []) as Array<{ id: string; title?: string }>;
      const done: UploadedFile[] = [];
      for (const { id, title } of listed) {
        const upload = uploads.get(id);
        if (!upload?.content) return { ok: false, error: 'file_not_found' };
        Object.assign(upload, {
          title,
          channel: args.channel_id ? String(args.channel_id) : undefined,
          thread_ts: args.thread_ts ? String(args.thread_ts) : undefined,
          initial_comment: args.initial_comment ? String(args.initial_comment) : undefined,
        });
        files.push(upload);
        done.push(upload);
      }
      return { files: done.map((f) => ({ id: f.id, name: f.filename, title: f.title })) };
    },
    'users.info': (args) => {
      const user = users.get(String(args.user));
      return user ? { user } : { ok: false, error: 'user_not_found' };
    },
    'assistant.threads.setStatus': () => ({}),
    'assistant.threads.setSuggestedPrompts': () => ({}),
    'assistant.threads.setTitle': () => ({}),
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    const body = await readBody(req);
    const args = parseArgs(body, req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (args.token as string | undefined);
    if (url.pathname.startsWith('/upload/')) {
      const upload = uploads.get(url.pathname.slice('/upload/'.length));
      if (!upload) {
        send(res, 404, 'no such upload');
        return;
      }
      upload.content = fileContent(body, req.headers['content-type']);
      calls.push({ method: 'upload', args: { id: upload.id, bytes: upload.content.length }, token, at: Date.now() });
      send(res, 200, 'OK - 200');
      return;
    }
    if (url.pathname.startsWith('/respond/')) {
      calls.push({ method: 'response_url', args: { ...args, path: url.pathname }, token, at: Date.now() });
      send(res, 200, 'ok');
      return;
    }
    const method = url.pathname.replace(/^\/api\//, '');
    calls.push({ method, args, token, at: Date.now() });
    await holds.get(method)?.shift();
    const failure = failures.get(method)?.shift();
    if (failure) {
      send(res, failure.status, failure.body ?? { ok: false, error: 'failed_by_test' }, failure.headers);
      return;
    }
    const handler = methods[method];
    if (!handler) {
      send(res, 200, { ok: false, error: 'unknown_method' });
      return;
    }
    send(res, 200, { ok: true, ...handler(args) });
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data) => {
      const ack = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (ack.envelope_id) pendingAcks.get(ack.envelope_id)?.(ack.payload);
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: sockets.size,
        connection_info: { app_id: appId },
        debug_info: { host: 'stand-in', approximate_connection_time: 3600 },
      }),
    );
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const waitFor = async <T>(check: () => T | undefined | false | null, timeoutMs = 10_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Stand-in: condition not met within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  const openSockets = () => [...sockets].filter((s) => s.readyState === s.OPEN);

  const standIn: SlackStandIn = {
    apiUrl: `${base}/api/`,
    socketUrl: `${base.replace(/^http/, 'ws')}/socket`,
    botUserId,
    botId,
    teamId,
    appId,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    messages: (channel) => [...channelMessages(channel)],
    addMessage: (channel, message) => store({ channel, ts: nextTs(), ...message }),
    failNext(method, response) {
      const queue = failures.get(method) ?? [];
      queue.push(response);
      failures.set(method, queue);
    },
    holdNext(method) {
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const queue = holds.get(method) ?? [];
      queue.push(held);
      holds.set(method, queue);
      return release;
    },
    users,
    files,
    views,
    ephemerals,
    responseUrl: () => {
      responseCount += 1;
      return `${base}/respond/${responseCount}`;
    },
    async sendSocketEvent(payload, type = 'events_api', envelope = {}) {
      const socket = (await waitFor(() => openSockets().at(-1), ACK_TIMEOUT_MS)) as WebSocket;
      const envelopeId = randomUUID();
      const started = performance.now();
      const acked = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          pendingAcks.delete(envelopeId);
          reject(new Error(`Stand-in: no ack for ${type} envelope ${envelopeId} within ${ACK_TIMEOUT_MS} ms`));
        }, ACK_TIMEOUT_MS);
        pendingAcks.set(envelopeId, (ackPayload) => {
          clearTimeout(timer);
          pendingAcks.delete(envelopeId);
          resolve(ackPayload);
        });
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: type !== 'events_api',
          retry_attempt: 0,
          retry_reason: '',
          ...envelope,
        }),
      );
      const ackPayload = await acked;
      return { envelope_id: envelopeId, payload: ackPayload, ackMs: performance.now() - started };
    },
    eventPayload: (event, { eventId } = {}) => ({
      token: 'stand-in-verification-token',
      team_id: teamId,
      api_app_id: appId,
      event: { event_ts: event.ts ?? nextTs(), ...event },
      type: 'event_callback',
      event_id: eventId ?? `Ev${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: teamId, user_id: botUserId, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false,
    }),
    dmEvent: (channel, text, { user = 'UPERSON', extra = {} } = {}) => {
      const message = store({ channel, ts: nextTs(), user, text });
      return standIn.eventPayload({
        type: 'message',
        channel_type: 'im',
        channel,
        user,
        text,
        ts: message.ts,
        ...extra,
      });
    },
    botReplies: (channel) => channelMessages(channel).filter((m) => m.user === botUserId),
    commandPayload: ({ text, user_id = 'UPERSON', channel_id = 'CGENERAL', command = '/meetings' }) => ({
      token: 'stand-in-verification-token',
      team_id: teamId,
      team_domain: 'stand-in',
      channel_id,
      channel_name: 'general',
      user_id,
      user_name: 'person',
      command,
      text,
      api_app_id: appId,
      is_enterprise_install: 'false',
      response_url: `${base}/respond/${++responseCount}`,
      trigger_id: `${Date.now()}.trigger`,
    }),
    blockActionPayload: ({
      action_id,
      value,
      user_id = 'UPERSON',
      channel_id,
      message_ts,
      thread_ts,
      view,
      element = 'button',
      action_ts = String(Date.now() / 1000),
    }) => ({
      type: 'block_actions',
      team: { id: teamId, domain: 'stand-in' },
      user: { id: user_id, username: 'person', name: 'person', team_id: teamId },
      api_app_id: appId,
      token: 'stand-in-verification-token',
      trigger_id: `${Date.now()}.trigger`,
      container: view
        ? { type: 'view', view_id: view.id }
        : { type: 'message', message_ts, channel_id, is_ephemeral: false, thread_ts },
      ...(channel_id ? { channel: { id: channel_id, name: 'general' } } : {}),
      ...(message_ts ? { message: { type: 'message', ts: message_ts, thread_ts, text: '', user: botUserId } } : {}),
      ...(view ? { view } : {}),
      ...(channel_id ? { response_url: `${base}/respond/${++responseCount}` } : {}),
      actions: [
        {
          type: element,
          action_id,
          block_id: element === 'feedback_buttons' ? 'feedback' : 'stand-in',
          value,
          text: { type: 'plain_text', text: 'button' },
          action_ts,
        },
      ],
    }),
    appHomeOpened: (user, tab, channel = `D${user}`) =>
      standIn.eventPayload({ type: 'app_home_opened', user, channel, tab, event_ts: nextTs() }),
    refuseStreaming(error) {
      streamRefusal = error;
    },
    connectedSockets: () => openSockets().length,
    dropSockets() {
      for (const socket of sockets) socket.terminate();
    },
    waitFor,
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
  return standIn;
}

/** The headers Slack adds to every HTTP request: v0 HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export function signSlackRequest(
  signingSecret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): { 'x-slack-request-timestamp': string; 'x-slack-signature': string } {
  const signature = createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

export interface SignedPostOptions {
  signingSecret: string;
  /** Seconds since the epoch; an old one makes a stale request. */
  timestamp?: number;
  /** Replaces the computed signature, to forge one. */
  signature?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/** POSTs `body` to the app as Slack would (JSON for events, form-encoded for commands and actions). */
export async function postSigned(
  url: string,
  body: string,
  options: SignedPostOptions,
): Promise<{ status: number; body: string; ms: number }> {
  const signed = signSlackRequest(options.signingSecret, body, options.timestamp);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      ...signed,
      ...(options.signature ? { 'x-slack-signature': options.signature } : {}),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text, ms: performance.now() - started };
}
