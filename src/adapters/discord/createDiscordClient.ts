/**
 * The discord.js client as the bot needs it: the intents it uses (Message Content only when the app has
 * it), a configurable REST base URL and gateway URL (a loopback fake in tests), no mentions by default,
 * nonces on every message, small caches (the bot reads what it needs from the store, not from Discord),
 * and long rate-limit waits turned into errors instead of silent stalls.
 */
import { SimpleShardingStrategy } from '@discordjs/ws';
import { Client, GatewayIntentBits, Options, Partials, type RateLimitData } from 'discord.js';

export interface DiscordClientSettings {
  /** REST base, e.g. `https://discord.com/api` (discord.js appends `/v10`). */
  apiUrl: string;
  /** Gateway URL to use instead of the one GET /gateway/bot returns. */
  gatewayUrl?: string | undefined;
  /** Whether the privileged Message Content intent is enabled for the app. */
  messageContent: boolean;
  /** Rate-limit waits longer than this fail the request instead (ms). */
  maxRateLimitWaitMs?: number;
}

/** The intents the bot identifies with. */
export function botIntents(messageContent: boolean): GatewayIntentBits[] {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/**
 * Whether a rate-limited request should fail now rather than wait: thread renames (2 per 10 minutes)
 * and any wait longer than a person would sit through.
 */
export function shouldRejectRateLimit(
  data: Pick<RateLimitData, 'method' | 'route' | 'timeToReset' | 'retryAfter'>,
  maxWaitMs: number,
): boolean {
  const wait = Math.max(data.timeToReset, data.retryAfter);
  const isChannelPatch = data.method.toUpperCase() === 'PATCH' && /^\/channels\/:id$/.test(data.route);
  return wait > maxWaitMs || (isChannelPatch && wait > 2_000);
}

/** Builds the client; nothing connects until `login`. */
export function createDiscordClient(settings: DiscordClientSettings): Client {
  const maxWait = settings.maxRateLimitWaitMs ?? 10_000;
  const gatewayUrl = settings.gatewayUrl;
  return new Client({
    intents: botIntents(settings.messageContent),
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    enforceNonce: true,
    rest: {
      api: settings.apiUrl,
      rejectOnRateLimit: (data) => shouldRejectRateLimit(data, maxWait),
      timeout: 15_000,
    },
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      // what was said lives in the case store; cached messages would only cost memory per thread
      MessageManager: 0,
      ThreadMemberManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    ...(gatewayUrl
      ? {
          ws: {
            buildStrategy: (manager) => {
              // the gateway URL normally comes from GET /gateway/bot; an operator may point it elsewhere
              const fetchInfo = manager.fetchGatewayInformation.bind(manager);
              manager.fetchGatewayInformation = async (force?: boolean) => ({
                ...(await fetchInfo(force)),
                url: gatewayUrl,
              });
              return new SimpleShardingStrategy(manager);
            },
          },
        }
      : {}),
  });
}
