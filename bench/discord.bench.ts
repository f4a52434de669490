/**
 * The Discord bot's own cost: the real bot (discord.js client, adapters, CaseService offline engine,
 * SQLite store as in production) against the loopback fake Discord. Measures the turn latency a student
 * sees outside any model (gateway event → the patient's reply reaching Discord), the share of it spent
 * outside the case service, memory per open case, and how both hold up as open cases grow to 10,000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildRegistry } from '../commands/patient.ts';
import { createDiscordClient } from '../src/adapters/discord/createDiscordClient.ts';
import { PatientZeroBot } from '../src/adapters/discord/PatientZeroBot.ts';
import { createLogger } from '../src/adapters/log/createLogger.ts';
import { testConfig } from '../src/app/config.ts';
import { createServices } from '../src/app/createServices.ts';
import { loadKnowledge } from '../src/app/loadKnowledge.ts';
import type { CaseApi } from '../src/cases/CaseApi.ts';
import { FakeDiscord } from '../test/fakes/fakeDiscord/FakeDiscord.ts';
import type { BenchSection } from './run.ts';
import { fmt, summarize } from './stats.ts';

// BENCH_QUICK=1 stops at 1,000 open cases (a quick look while working)
const STEPS = process.env.BENCH_QUICK ? [0, 1_000] : [0, 1_000, 5_000, 10_000];
const TURNS_PER_STEP = 300;
const BURST = 50;
const PER_GUILD = 900;
const SUSTAINED = 300;
/** At most one turn per 25 ms: 40 turns (REST requests) a second. */
const PACE_MS = 25;
const QUESTIONS = [
  'What brings you in today?',
  'Where exactly is the pain?',
  'Does it go anywhere?',
  'Do you smoke?',
  'Any medical problems?',
  'What medicines do you take?',
  'Any allergies?',
  'Does anyone in your family have heart problems?',
  'How much alcohol do you drink?',
  'What makes it worse?',
];

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): { heap: number; rss: number } {
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed / 2 ** 20, rss: m.rss / 2 ** 20 };
}

export async function run(): Promise<BenchSection> {
  const dir = mkdtempSync(join(tmpdir(), 'pz-bench-'));
  const fake = await FakeDiscord.start();
  const server = fake.studyServer({ students: 5 });
  const knowledge = loadKnowledge();
  if (!knowledge.ok) throw new Error(knowledge.problems.join('\n'));
  const config = testConfig({
    STORE_URL: `sqlite://${join(dir, 'bench.sqlite')}`,
    DISCORD_API_URL: fake.apiUrl,
  });
  const log = createLogger({ level: 'silent' });
  const services = createServices({ config, knowledge: knowledge.value, log });

  // time spent inside the case service, to tell the adapter's share apart
  const inCases: number[] = [];
  const timed: CaseApi = new Proxy(services.cases, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (prop !== 'ask' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const t = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          inCases.push(performance.now() - t);
        }
      };
    },
  });
  const client = createDiscordClient({ apiUrl: fake.apiUrl, messageContent: true });
  const bot = new PatientZeroBot({
    client,
    services: { ...services.bot, cases: async () => timed },
    registry: buildRegistry(),
    log,
  });
  await bot.start(fake.token);
  await bot.caughtUp;
  // when discord.js hands each message to the bot: splits gateway delivery from the bot's own work
  const received = new Map<string, number>();
  client.on('messageCreate', (m) => {
    if (!m.author.bot) received.set(m.channelId, performance.now());
  });

  const students = server.students.map((s) => s.id);
  const threads: string[] = [];
  // Discord caps a guild at 1,000 active threads: large installs spread cases over many guilds
  let guild = server;
  let inGuild = 0;
  /** Opens `count` cases the way /patient new does, minus the slash command: thread, then case. */
  const openCases = async (count: number): Promise<void> => {
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      if (inGuild >= PER_GUILD) {
        guild = fake.studyServer({ students: 0 });
        for (const id of students) fake.state.addMember(guild.guild.id, id, []);
        inGuild = 0;
      }
      const thread = fake.state.createThread(guild.channel.id, fake.botId, {
        name: `case ${threads.length}`,
        type: 11,
      });
      const opened = await services.cases.start({
        key: `${guild.guild.id}:${thread.id}`,
        userId: students[i % students.length] ?? '',
        specialty: 'cardiology',
        seed: `bench-${threads.length}`,
        guildId: guild.guild.id,
        channelId: guild.channel.id,
        threadId: thread.id,
      });
      if (!opened.ok) throw new Error(opened.error.code);
      threads.push(thread.id);
      inGuild += 1;
    }
    // let discord.js take in the GUILD_CREATE and THREAD_CREATE events
    await fake.waitFor(() => threads.every((t) => client.channels.cache.has(t)), 120_000, 'threads cached');
    if (count > 0)
      process.stderr.write(
        `  opened ${count} cases in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
  };

  /** One student message → the patient's reply reaching the fake; returns ms (and ms since the bot got it). */
  const botSide: number[] = [];
  const turn = async (threadId: string, text: string, student: string): Promise<number> => {
    const before = fake.rest.log.length;
    const sent = performance.now();
    fake.say(threadId, student, text);
    await fake.waitFor(
      () =>
        fake.rest.log
          .slice(before)
          .some(
            (r) => r.method === 'POST' && r.path.startsWith('/webhooks/') && r.query.thread_id === threadId,
          ),
      30_000,
      'a reply',
    );
    const done = performance.now();
    botSide.push(done - (received.get(threadId) ?? sent));
    return done - sent;
  };

  // warm up: JIT, webhook creation, SQLite page cache
  await openCases(5);
  for (let i = 0; i < 50; i++)
    await turn(threads[i % 5] ?? '', QUESTIONS[i % QUESTIONS.length] ?? '', students[0] ?? '');
  inCases.length = 0;

  const rows: string[] = [];
  let baseline = heapMb();
  let baselineCases = threads.length;
  let perCaseKb = Number.NaN;
  let best = { p50: Number.NaN, p99: Number.NaN, adapterP50: Number.NaN, adapterP99: Number.NaN };
  for (const target of STEPS) {
    const add = Math.max(0, target - threads.length);
    await openCases(add);
    const memory = heapMb();
    if (target === 0) {
      baseline = memory;
      baselineCases = threads.length;
    } else {
      perCaseKb = ((memory.heap - baseline.heap) * 1024) / (threads.length - baselineCases);
    }

    // one turn at a time over random open cases, paced under Discord's 50 requests/s so that the
    // REST client's global limiter (Discord policy, not bot work) does not enter the latency
    const latencies: number[] = [];
    const adapter: number[] = [];
    botSide.length = 0;
    for (let i = 0; i < TURNS_PER_STEP; i++) {
      const threadId = threads[Math.floor(Math.random() * threads.length)] ?? '';
      const mark = inCases.length;
      const paced = new Promise((r) => setTimeout(r, PACE_MS));
      const ms = await turn(
        threadId,
        QUESTIONS[i % QUESTIONS.length] ?? '',
        students[i % students.length] ?? '',
      );
      latencies.push(ms);
      adapter.push((botSide.at(-1) ?? ms) - (inCases[mark] ?? 0));
      await paced;
    }
    const lat = summarize(latencies);
    const own = summarize(adapter);
    const caseMs = summarize(inCases.slice(-TURNS_PER_STEP));

    // a burst: BURST students post at once in BURST different cases (the global limiter now applies)
    await new Promise((r) => setTimeout(r, 1_100));
    const burstStart = performance.now();
    // distinct cases only: a reply is recognised by its thread
    const burstSize = Math.min(BURST, threads.length);
    const burst = await Promise.all(
      Array.from({ length: burstSize }, (_, i) =>
        turn(
          threads[Math.floor((i * threads.length) / burstSize)] ?? '',
          'Any chest pain?',
          students[i % students.length] ?? '',
        ),
      ),
    );
    const burstSeconds = (performance.now() - burstStart) / 1000;
    const burstLat = summarize(burst);

    process.stderr.write(
      `  ${threads.length} open cases: turn p50 ${fmt(lat.p50, 1)} ms, p99 ${fmt(lat.p99, 1)} ms\n`,
    );
    if (target === 0) best = { p50: lat.p50, p99: lat.p99, adapterP50: own.p50, adapterP99: own.p99 };
    rows.push(
      `| ${threads.length.toLocaleString('en')} | ${fmt(lat.p50, 1)} | ${fmt(lat.p99, 1)} | ${fmt(own.p50, 2)} | ${fmt(own.p99, 2)} | ${fmt(caseMs.p50, 2)} | ${fmt(caseMs.p99, 2)} | ${burstSize < BURST ? '—' : fmt(burstLat.p99, 0)} | ${burstSize < BURST ? '—' : fmt(burstSize / burstSeconds, 0)} | ${fmt(memory.heap, 0)} | ${fmt(memory.rss, 0)} |`,
    );
  }

  // sustained load: more turns at once than Discord's 50 requests a second allow
  await new Promise((r) => setTimeout(r, 1_100));
  const flood = Math.min(SUSTAINED, threads.length);
  const floodStart = performance.now();
  const floodLat = summarize(
    await Promise.all(
      Array.from({ length: flood }, (_, i) =>
        turn(
          threads[Math.floor((i * threads.length) / flood)] ?? '',
          'Any palpitations?',
          students[i % students.length] ?? '',
        ),
      ),
    ),
  );
  const floodRate = flood / ((performance.now() - floodStart) / 1000);

  await bot.stop();
  await services.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });

  return {
    title: 'Discord bot: turn overhead, memory per open case, capacity',
    markdown: `
The real bot (discord.js 14 client, adapters, CaseService with the offline engine, SQLite store as in
production) against the loopback fake Discord (test/fakes/fakeDiscord). A turn is timed from the fake
sending MESSAGE_CREATE to the patient's reply (webhook POST) arriving back at the fake: gateway
delivery, discord.js parsing, the per-case queue, store read and versioned write, the offline engine and
the REST call. No model is involved. "Bot-side outside the case service" runs from discord.js emitting
\`messageCreate\` to the reply's POST arriving at the fake, minus the time spent in \`CaseApi.ask\`
(engine and store): the adapter's own work, discord.js's REST client and one loopback hop. The fake runs
in the same process and event loop, so its work is mixed into every number here.
${TURNS_PER_STEP} turns per step, one at a time, over random open cases, paced at 40 a second; then a
burst of ${BURST} students posting at once in ${BURST} different cases. Each quick turn costs one REST
request (the reply; the typing indicator is sent only for turns slower than 300 ms), and discord.js's
REST client holds the bot to Discord's global 50 requests a second: that, not CPU or memory, caps one
bot token at about 50 turns a second. A burst of 50 fits in one second's allowance. Open cases are started directly through the case service
(thread created in the fake, case started, discord.js caching the thread from THREAD_CREATE).

| open cases | turn p50 ms | turn p99 ms | bot-side outside case service p50 ms | p99 ms | case service p50 ms | case service p99 ms | burst of ${BURST}: p99 ms | burst turns/s | heap MB | RSS MB |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}

- Bot-side work per turn with few cases: p50 ${fmt(best.p50, 1)} ms, p99 ${fmt(best.p99, 1)} ms end to end; outside the case service
  p50 ${fmt(best.adapterP50, 2)} ms, p99 ${fmt(best.adapterP99, 2)} ms.
- ${flood} students posting at once in ${flood} different cases (${threads.length.toLocaleString('en')} open): ${fmt(floodRate, 0)} turns/s,
  p50 ${fmt(floodLat.p50, 0)} ms, p99 ${fmt(floodLat.p99, 0)} ms: the 50 requests/s global limit, not the process, sets the pace.
- Memory per open case in the bot process (SQLite keeps the case itself on disk; this is discord.js's
  thread cache plus the store's marker bookkeeping): about ${fmt(perCaseKb, 1)} KB.
`,
  };
}
