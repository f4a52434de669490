/**
 * A real local OpenAI-compatible server for tests: `POST /v1/chat/completions` on 127.0.0.1 (port 0),
 * driven by the real openai SDK through `baseURL`. Each request is answered by the next scripted
 * behaviour (a queue), else by a fallback (a behaviour or a function of the request): a normal answer,
 * slow, hanging, an HTTP error with or without `retry-after`, malformed JSON, the wrong shape, a
 * truncated (`finish_reason: length`) or refused answer, a dropped connection, or a patient model
 * (honest or leaky) that reads the prompt like an LLM would. Every request and answer is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatMessageIn {
  role: string;
  content: string;
}

export interface ChatRequestBody {
  model: string;
  messages: ChatMessageIn[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  max_tokens?: number;
  temperature?: number;
  [key: string]: unknown;
}

/** What a patient model answers: the reply and details, plus what kind of bad answer it is (if bad). */
export interface ModelAnswer {
  reply: string;
  improvised: { key: string; value: string }[] | null;
  /** Set by a leaky model on purpose-bad answers: which defect, and the planted text. */
  bad?: { kind: string; planted: string };
}

export type PatientModel = (body: ChatRequestBody, index: number) => ModelAnswer;

export type Behaviour =
  | { kind: 'answer'; reply: string; improvised?: { key: string; value: string }[] | null; delayMs?: number }
  | {
      kind: 'content';
      content: string | null;
      finishReason?: 'stop' | 'length' | 'content_filter';
      refusal?: string;
      delayMs?: number;
    }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }
  | { kind: 'model'; model: PatientModel; delayMs?: number }
  | { kind: 'hang' }
  | { kind: 'destroy' };

/** Ready-made behaviours. */
export const behave = {
  answer: (reply: string, improvised: { key: string; value: string }[] | null = null): Behaviour => ({
    kind: 'answer',
    reply,
    improvised,
  }),
  slow: (delayMs: number, reply: string): Behaviour => ({ kind: 'answer', reply, improvised: null, delayMs }),
  hang: (): Behaviour => ({ kind: 'hang' }),
  rateLimited: (retryAfterSeconds?: number): Behaviour => ({
    kind: 'status',
    status: 429,
    headers: retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
    body: { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
  }),
  serverError: (status = 500): Behaviour => ({
    kind: 'status',
    status,
    body: { error: { message: 'The server had an error', type: 'server_error' } },
  }),
  malformed: (): Behaviour => ({ kind: 'content', content: '{"reply": "I feel aw' }),
  notJson: (): Behaviour => ({ kind: 'content', content: 'Well doctor, it hurts.' }),
  wrongShape: (): Behaviour => ({
    kind: 'content',
    content: JSON.stringify({ text: 'It hurts.', mood: 'sad' }),
  }),
  truncated: (): Behaviour => ({
    kind: 'content',
    content: '{"reply": "It started when I was carrying the',
    finishReason: 'length',
  }),
  refusal: (): Behaviour => ({
    kind: 'content',
    content: null,
    refusal: "I'm sorry, I can't help with that.",
  }),
  contentFilter: (): Behaviour => ({ kind: 'content', content: null, finishReason: 'content_filter' }),
  dropConnection: (): Behaviour => ({ kind: 'destroy' }),
  model: (model: PatientModel, delayMs?: number): Behaviour => ({
    kind: 'model',
    model,
    ...(delayMs !== undefined ? { delayMs } : {}),
  }),
};

export interface RecordedRequest {
  index: number;
  at: number;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: ChatRequestBody;
  /** What was served: the behaviour's kind and, for answers, the reply. */
  served: { kind: Behaviour['kind']; reply?: string; bad?: ModelAnswer['bad'] };
}

export interface FakeOpenAiOptions {
  /** Answers for requests without a scripted behaviour. Default: a fixed polite answer. */
  fallback?: Behaviour | ((body: ChatRequestBody, index: number) => Behaviour);
}

function completion(
  body: ChatRequestBody,
  content: string | null,
  finishReason: string,
  refusal: string | null,
): unknown {
  const promptChars = body.messages.reduce((n, m) => n + m.content.length, 0);
  return {
    id: `chatcmpl-fake-${Math.random().toString(36).slice(2, 10)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal },
        finish_reason: finishReason,
        logprobs: null,
      },
    ],
    usage: {
      prompt_tokens: Math.ceil(promptChars / 4),
      completion_tokens: Math.ceil((content ?? '').length / 4),
      total_tokens: Math.ceil(promptChars / 4) + Math.ceil((content ?? '').length / 4),
    },
  };
}

export class FakeOpenAi {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Behaviour[] = [];
  private fallback: NonNullable<FakeOpenAiOptions['fallback']>;
  private server: Server | undefined;
  private readonly hanging = new Set<ServerResponse>();
  private port = 0;

  constructor(options: FakeOpenAiOptions = {}) {
    this.fallback = options.fallback ?? behave.answer("I'm not sure, doctor.");
  }

  /** The base URL to give the SDK (`.../v1`). */
  get baseURL(): string {
    return `http://127.0.0.1:${this.port}/v1`;
  }

  /** Queues behaviours for the next requests, in order. */
  script(...behaviours: Behaviour[]): this {
    this.queue.push(...behaviours);
    return this;
  }

  /** Replaces the fallback. */
  setFallback(fallback: NonNullable<FakeOpenAiOptions['fallback']>): this {
    this.fallback = fallback;
    return this;
  }

  /** Forgets recorded requests and queued behaviours. */
  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const path = req.url ?? '';
    if (req.method !== 'POST' || !path.endsWith('/chat/completions')) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'not found' } }));
      return;
    }
    let body: ChatRequestBody;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequestBody;
    } catch {
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'bad json' } }));
      return;
    }
    const index = this.requests.length;
    const behaviour =
      this.queue.shift() ??
      (typeof this.fallback === 'function' ? this.fallback(body, index) : this.fallback);
    const record: RecordedRequest = {
      index,
      at: Date.now(),
      path,
      headers: req.headers,
      body,
      served: { kind: behaviour.kind },
    };
    this.requests.push(record);
    const delay = 'delayMs' in behaviour ? (behaviour.delayMs ?? 0) : 0;
    if (delay > 0) {
      const closed = await new Promise<boolean>((resolve) => {
        const t = setTimeout(() => resolve(false), delay);
        res.on('close', () => {
          clearTimeout(t);
          resolve(true);
        });
      });
      if (closed) return;
    }
    const json = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
    };
    switch (behaviour.kind) {
      case 'hang':
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      case 'destroy':
        req.socket.destroy();
        return;
      case 'status':
        json(behaviour.status, behaviour.body ?? { error: { message: 'error' } }, behaviour.headers);
        return;
      case 'content':
        json(
          200,
          completion(body, behaviour.content, behaviour.finishReason ?? 'stop', behaviour.refusal ?? null),
        );
        return;
      case 'answer': {
        record.served.reply = behaviour.reply;
        json(
          200,
          completion(
            body,
            JSON.stringify({ reply: behaviour.reply, improvised: behaviour.improvised ?? null }),
            'stop',
            null,
          ),
        );
        return;
      }
      case 'model': {
        const answer = behaviour.model(body, index);
        record.served.reply = answer.reply;
        if (answer.bad) record.served.bad = answer.bad;
        json(
          200,
          completion(
            body,
            JSON.stringify({ reply: answer.reply, improvised: answer.improvised }),
            'stop',
            null,
          ),
        );
        return;
      }
    }
  }
}
