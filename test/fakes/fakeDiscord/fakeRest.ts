/**
 * The fake's REST API: Discord's routes (v10) over plain node:http, JSON and multipart bodies, bot-token
 * auth, JSON errors with Discord's codes, and fault injection for tests.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  FakeApiError,
  type FakeDiscordState,
  type OutgoingBody,
  type StoredFile,
} from './FakeDiscordState.ts';

export interface RequestLogEntry {
  method: string;
  /** The route without the `/api/v10` prefix, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: string[];
  status: number;
  at: number;
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  code: number;
  message: string;
  /** How many matching requests fail (then the fault is spent). */
  times: number;
}

interface Parsed {
  json: Record<string, unknown>;
  files: StoredFile[];
}

async function readBody(req: IncomingMessage): Promise<Parsed> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { json: {}, files: [] };
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // undici's multipart parser, through the Fetch API's Request
    const form = await new Request('http://fake.invalid/', {
      method: 'POST',
      headers: { 'content-type': type },
      body: raw,
    }).formData();
    let json: Record<string, unknown> = {};
    const files: StoredFile[] = [];
    for (const [name, value] of form.entries()) {
      if (name === 'payload_json' && typeof value === 'string')
        json = JSON.parse(value) as Record<string, unknown>;
      else if (typeof value !== 'string') {
        files.push({
          filename: value.name,
          contentType: value.type || undefined,
          data: Buffer.from(await value.arrayBuffer()),
        });
      }
    }
    return { json, files };
  }
  return { json: JSON.parse(raw.toString('utf8')) as Record<string, unknown>, files: [] };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (status === 204) {
    res.writeHead(204, headers).end();
    return;
  }
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      ...headers,
    })
    .end(text);
}

export class FakeRest {
  readonly log: RequestLogEntry[] = [];
  readonly faults: Fault[] = [];
  /** Bot tokens the API accepts. */
  readonly tokens = new Set<string>();
  /** What GET /gateway/bot advertises instead of the real gateway (to test a gateway URL override). */
  advertisedGateway: string | undefined;

  constructor(
    private readonly state: FakeDiscordState,
    private readonly gatewayUrl: () => string,
  ) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const match = /^\/api(?:\/v\d+)?(\/.*)$/.exec(url.pathname);
    const path = match?.[1] ?? url.pathname;
    const method = (req.method ?? 'GET').toUpperCase();
    const query = Object.fromEntries(url.searchParams.entries());
    let parsed: Parsed = { json: {}, files: [] };
    const entry: RequestLogEntry = {
      method,
      path,
      query,
      body: undefined,
      files: [],
      status: 0,
      at: Date.now(),
    };
    this.log.push(entry);
    try {
      parsed = await readBody(req);
      entry.body = parsed.json;
      entry.files = parsed.files.map((f) => f.filename);
      const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(path));
      if (fault) {
        fault.times -= 1;
        throw new FakeApiError(fault.status, fault.code, fault.message);
      }
      const { status, body } = this.route(method, path, query, parsed, req.headers.authorization);
      entry.status = status;
      send(res, status, body);
    } catch (error) {
      if (error instanceof FakeApiError) {
        entry.status = error.status;
        const headers: Record<string, string> = {};
        if (error.status === 429) {
          headers['retry-after'] = String(Math.ceil(Number(error.extra.retry_after ?? 1)));
          headers['x-ratelimit-scope'] = 'user';
        }
        send(res, error.status, { message: error.message, code: error.code, ...error.extra }, headers);
        return;
      }
      entry.status = 500;
      send(res, 500, {
        message: `fake discord: ${error instanceof Error ? error.message : String(error)}`,
        code: 0,
      });
    }
  }

  private requireBot(authorization: string | undefined): string {
    const token = authorization?.startsWith('Bot ') ? authorization.slice(4) : undefined;
    if (!token || !this.tokens.has(token)) throw new FakeApiError(401, 0, '401: Unauthorized');
    return this.state.bot.id;
  }

  private route(
    method: string,
    path: string,
    query: Record<string, string>,
    { json, files }: Parsed,
    authorization: string | undefined,
  ): { status: number; body: unknown } {
    const s = this.state;
    const seg = path
      .split('/')
      .filter(Boolean)
      .map((p) => decodeURIComponent(p));
    const body = json as OutgoingBody & Record<string, unknown>;
    const is = (m: string, pattern: string): boolean => {
      if (m !== method) return false;
      const parts = pattern.split('/').filter(Boolean);
      return parts.length === seg.length && parts.every((p, i) => p.startsWith(':') || p === seg[i]);
    };
    const at = (i: number): string => seg[i] ?? '';

    // ---------------------------------------------------------------- no bot token needed
    if (is('POST', '/interactions/:id/:token/callback')) {
      const interaction = s.interactionCallback(
        at(1),
        at(2),
        json as { type?: unknown; data?: Record<string, unknown> },
        files,
      );
      if (query.with_response !== 'true') return { status: 204, body: undefined };
      const message = interaction.originalMessageId
        ? s.findMessage(interaction.channelId, interaction.originalMessageId)
        : undefined;
      return {
        status: 200,
        body: {
          interaction: {
            id: interaction.id,
            type: interaction.type,
            activity_instance_id: null,
            response_message_id: interaction.originalMessageId ?? null,
            response_message_loading: message ? (message.flags & 128) !== 0 : false,
            response_message_ephemeral: interaction.ephemeral,
          },
          ...(message
            ? { resource: { type: interaction.callbacks.at(-1)?.type, message: s.messagePayload(message) } }
            : {}),
        },
      };
    }
    if (seg[0] === 'webhooks' && seg.length >= 3) {
      const [, id = '', token = ''] = seg;
      const isInteraction = id === s.applicationId;
      if (is('POST', '/webhooks/:id/:token')) {
        const message = isInteraction
          ? s.followUp(id, token, body, files)
          : s.executeWebhook(id, token, body, files, query.thread_id);
        return query.wait === 'true' || isInteraction
          ? { status: 200, body: s.messagePayload(message) }
          : { status: 204, body: undefined };
      }
      if (is('GET', '/webhooks/:id/:token/messages/:mid') && at(4) === '@original' && isInteraction) {
        return { status: 200, body: s.messagePayload(s.getOriginal(id, token)) };
      }
      if (is('DELETE', '/webhooks/:id/:token/messages/:mid') && at(4) === '@original' && isInteraction) {
        s.deleteOriginal(id, token);
        return { status: 204, body: undefined };
      }
      if (is('PATCH', '/webhooks/:id/:token/messages/:mid') && isInteraction) {
        if (at(4) !== '@original') throw new FakeApiError(404, 10008, 'Unknown Message');
        return { status: 200, body: s.messagePayload(s.editOriginal(id, token, body, files)) };
      }
      throw new FakeApiError(404, 0, '404: Not Found');
    }

    // ---------------------------------------------------------------- bot routes
    const actor = this.requireBot(authorization);
    if (is('GET', '/gateway/bot')) {
      return {
        status: 200,
        body: {
          url: this.advertisedGateway ?? this.gatewayUrl(),
          shards: 1,
          session_start_limit: { total: 1_000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      };
    }
    if (is('GET', '/gateway')) return { status: 200, body: { url: this.gatewayUrl() } };
    if (is('GET', '/users/@me')) return { status: 200, body: s.userPayload(s.bot) };
    if (is('GET', '/applications/@me')) {
      return {
        status: 200,
        body: {
          id: s.applicationId,
          name: s.bot.username,
          bot: s.userPayload(s.bot),
          flags: 0,
          description: '',
          icon: null,
        },
      };
    }
    if (
      (is('PUT', '/applications/:app/commands') || is('GET', '/applications/:app/commands')) &&
      at(1) === s.applicationId
    ) {
      if (method === 'PUT') this.replaceCommands(s.globalCommands, json);
      return { status: 200, body: s.globalCommands };
    }
    if (
      (is('PUT', '/applications/:app/guilds/:guild/commands') ||
        is('GET', '/applications/:app/guilds/:guild/commands')) &&
      at(1) === s.applicationId
    ) {
      s.requireGuild(at(3));
      const list = s.guildCommands.get(at(3)) ?? [];
      if (method === 'PUT') this.replaceCommands(list, json);
      s.guildCommands.set(at(3), list);
      return { status: 200, body: list };
    }
    if (is('GET', '/channels/:id'))
      return { status: 200, body: s.channelPayload(s.requireVisible(actor, at(1))) };
    if (is('PATCH', '/channels/:id'))
      return { status: 200, body: s.channelPayload(s.patchChannel(at(1), actor, json)) };
    if (is('DELETE', '/channels/:id'))
      return { status: 200, body: s.channelPayload(s.deleteChannel(at(1), actor)) };
    if (is('GET', '/channels/:id/messages')) {
      s.requireVisible(actor, at(1));
      const list = s.listMessages(at(1), {
        ...(query.after ? { after: query.after } : {}),
        ...(query.before ? { before: query.before } : {}),
        ...(query.limit ? { limit: Number(query.limit) } : {}),
      });
      return { status: 200, body: list.map((m) => s.messagePayload(m)) };
    }
    if (is('POST', '/channels/:id/messages')) {
      const author = s.users.get(actor) ?? s.bot;
      return { status: 200, body: s.messagePayload(s.postMessage(at(1), author, body, files)) };
    }
    if (is('GET', '/channels/:id/messages/:mid')) {
      s.requireVisible(actor, at(1));
      return { status: 200, body: s.messagePayload(s.findMessage(at(1), at(3))) };
    }
    if (is('POST', '/channels/:id/typing')) {
      s.recordTyping(at(1), actor);
      return { status: 204, body: undefined };
    }
    if (is('POST', '/channels/:id/threads')) {
      return { status: 201, body: s.channelPayload(s.createThread(at(1), actor, json)) };
    }
    if (is('GET', '/channels/:id/webhooks')) {
      return { status: 200, body: s.listWebhooks(at(1), actor).map((w) => this.webhookPayload(w.id)) };
    }
    if (is('POST', '/channels/:id/webhooks')) {
      return { status: 200, body: this.webhookPayload(s.createWebhook(at(1), actor, body.name).id) };
    }
    if (is('PUT', '/channels/:id/thread-members/:user')) {
      s.addThreadMember(at(1), actor, at(3) === '@me' ? actor : at(3));
      return { status: 204, body: undefined };
    }
    if (is('GET', '/guilds/:id/members/:user')) return { status: 200, body: s.memberPayload(at(1), at(3)) };
    if (is('GET', '/guilds/:id/roles')) {
      return { status: 200, body: [...s.requireGuild(at(1)).roles.values()].map((r) => s.rolePayload(r)) };
    }
    if (is('GET', '/guilds/:id/channels')) {
      return {
        status: 200,
        body: [...s.channels.values()]
          .filter((c) => c.guildId === at(1) && !s.isThread(c))
          .map((c) => s.channelPayload(c)),
      };
    }
    throw new FakeApiError(404, 0, '404: Not Found');
  }

  private replaceCommands(list: Record<string, unknown>[], json: unknown): void {
    if (!Array.isArray(json))
      throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { _root: 'expected an array' } });
    list.length = 0;
    for (const command of json as Record<string, unknown>[]) {
      if (typeof command.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(command.name)) {
        throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { name: 'invalid command name' } });
      }
      list.push({
        ...command,
        id: this.state.ids.next(),
        application_id: this.state.applicationId,
        version: this.state.ids.next(),
      });
    }
  }

  private webhookPayload(id: string): Record<string, unknown> {
    const w = this.state.webhooks.get(id);
    if (!w) throw new FakeApiError(404, 10015, 'Unknown Webhook');
    return {
      id: w.id,
      type: 1,
      guild_id: w.guildId,
      channel_id: w.channelId,
      name: w.name,
      avatar: null,
      token: w.token,
      application_id: w.applicationId,
      user: this.state.userPayload(this.state.bot),
    };
  }
}
