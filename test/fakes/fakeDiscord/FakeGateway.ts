/**
 * The fake's gateway: HELLO → IDENTIFY → READY → GUILD_CREATE over a real WebSocket, heartbeats acked,
 * dispatches filtered by the intents each session identified with, and the Message Content rule
 * (without that intent, message text arrives empty unless the bot is mentioned or wrote it).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayIntentBits } from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Dispatch, FakeDiscordState } from './FakeDiscordState.ts';

interface Session {
  ws: WebSocket;
  id: string;
  identified: boolean;
  intents: number;
  seq: number;
  token?: string;
}

export interface GatewayOptions {
  heartbeatIntervalMs: number;
  /** Whether the app may use the privileged Message Content intent (else IDENTIFY with it closes 4014). */
  messageContentAllowed: boolean;
}

export class FakeGateway {
  readonly sessions = new Set<Session>();
  readonly identifies: { intents: number; at: number }[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly onDispatch = (d: Dispatch): void => this.broadcast(d);

  constructor(
    private readonly state: FakeDiscordState,
    private readonly tokens: ReadonlySet<string>,
    readonly options: GatewayOptions,
    private readonly resumeUrl: () => string,
  ) {
    state.events.on('dispatch', this.onDispatch);
    this.wss.on('connection', (ws) => this.accept(ws));
  }

  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  }

  /** Identified sessions (a connected bot). */
  get ready(): number {
    return [...this.sessions].filter((s) => s.identified).length;
  }

  private accept(ws: WebSocket): void {
    const session: Session = { ws, id: this.state.ids.next(), identified: false, intents: 0, seq: 0 };
    this.sessions.add(session);
    ws.on('close', () => this.sessions.delete(session));
    ws.on('message', (raw) => {
      let payload: { op?: number; d?: unknown };
      try {
        payload = JSON.parse(String(raw)) as { op?: number; d?: unknown };
      } catch {
        ws.close(4002, 'Decode error');
        return;
      }
      this.receive(session, payload);
    });
    this.send(session, {
      op: 10,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs },
      s: null,
      t: null,
    });
  }

  private receive(session: Session, payload: { op?: number; d?: unknown }): void {
    switch (payload.op) {
      case 1:
        this.send(session, { op: 11, d: null, s: null, t: null });
        return;
      case 2: {
        const d = payload.d as { token?: string; intents?: number } | undefined;
        const token = d?.token?.replace(/^Bot /, '');
        if (!token || !this.tokens.has(token)) {
          session.ws.close(4004, 'Authentication failed.');
          return;
        }
        const intents = Number(d?.intents ?? 0);
        if ((intents & GatewayIntentBits.MessageContent) !== 0 && !this.options.messageContentAllowed) {
          session.ws.close(4014, 'Disallowed intent(s).');
          return;
        }
        if (session.identified) {
          session.ws.close(4005, 'Already authenticated.');
          return;
        }
        session.identified = true;
        session.intents = intents;
        session.token = token;
        this.identifies.push({ intents, at: Date.now() });
        const guilds = [...this.state.guilds.values()].filter((g) => g.members.has(this.state.bot.id));
        this.dispatchTo(session, 'READY', {
          v: 10,
          user: { ...this.state.userPayload(this.state.bot), verified: true, mfa_enabled: false, flags: 0 },
          guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
          session_id: session.id,
          resume_gateway_url: this.resumeUrl(),
          shard: [0, 1],
          application: { id: this.state.applicationId, flags: 0 },
          private_channels: [],
          relationships: [],
          presences: [],
          guild_join_requests: [],
          user_settings: {},
          geo_ordered_rtc_regions: [],
        });
        for (const guild of guilds)
          this.dispatchTo(session, 'GUILD_CREATE', this.state.guildCreatePayload(guild.id));
        return;
      }
      case 6:
        // no session resumption in the fake: ask for a fresh IDENTIFY
        this.send(session, { op: 9, d: false, s: null, t: null });
        return;
      default:
        // presence updates, member requests, voice: accepted and ignored
        return;
    }
  }

  private broadcast(dispatch: Dispatch): void {
    for (const session of this.sessions) {
      if (!session.identified) continue;
      if (dispatch.intent !== undefined && (session.intents & dispatch.intent) === 0) continue;
      let d = dispatch.d;
      if (dispatch.t === 'MESSAGE_CREATE' || dispatch.t === 'MESSAGE_UPDATE')
        d = this.withContentRule(session, d);
      this.dispatchTo(session, dispatch.t, d);
    }
  }

  /** Without Message Content, text and embeds are blanked except for the bot's own or mentioning messages. */
  private withContentRule(session: Session, d: Record<string, unknown>): Record<string, unknown> {
    if ((session.intents & GatewayIntentBits.MessageContent) !== 0) return d;
    const author = d.author as { id?: string } | undefined;
    const botId = this.state.bot.id;
    const mentions = (d.mentions as { id?: string }[] | undefined) ?? [];
    const content = typeof d.content === 'string' ? d.content : '';
    const mentionsBot = mentions.some((m) => m.id === botId) || content.includes(`<@${botId}>`);
    if (author?.id === botId || mentionsBot) return d;
    return { ...d, content: '', embeds: [], attachments: [], components: [] };
  }

  private dispatchTo(session: Session, t: string, d: Record<string, unknown>): void {
    session.seq += 1;
    this.send(session, { op: 0, t, s: session.seq, d });
  }

  private send(session: Session, payload: unknown): void {
    if (session.ws.readyState === session.ws.OPEN) session.ws.send(JSON.stringify(payload));
  }

  /** Drops every connection (as a network blip would); the client reconnects by itself. */
  dropAll(code = 4000): void {
    for (const session of this.sessions) session.ws.close(code, 'Unknown error');
  }

  async close(): Promise<void> {
    this.state.events.off('dispatch', this.onDispatch);
    for (const session of this.sessions) session.ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
