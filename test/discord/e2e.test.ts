/**
 * End to end: the real discord.js client logs in to a loopback fake Discord; the production composition
 * (createServices: CaseService, Keyv store, shipped knowledge base) plays the case.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageFlags } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BOT_PERMISSIONS,
  FakeDiscord,
  type MessageRecord,
  type StudyServer,
} from '../fakes/fakeDiscord/FakeDiscord.ts';
import { type RedisServer, startRedis } from '../storage/startRedis.ts';
import { type RealBot, shippedKnowledge, startRealBot } from './realBot.ts';

const dir = mkdtempSync(join(tmpdir(), 'pz-e2e-'));
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  shippedKnowledge();
});

async function fakeDiscord(): Promise<{ fake: FakeDiscord; server: StudyServer }> {
  const fake = await FakeDiscord.start();
  cleanup.push(() => fake.stop());
  return { fake, server: fake.studyServer({ botPermissions: BOT_PERMISSIONS, students: 3 }) };
}

async function bot(fake: FakeDiscord, env: Record<string, string>): Promise<RealBot> {
  const running = await startRealBot(fake, env);
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await running.stop();
  };
  cleanup.push(stop);
  return { ...running, stop };
}

const uid = (u: { id: string } | undefined): string => u?.id ?? '';

async function openCase(fake: FakeDiscord, server: StudyServer, userId: string): Promise<string> {
  const before = fake.threadsOf(server.channel.id).length;
  const i = fake.command({
    guildId: server.guild.id,
    channelId: server.channel.id,
    userId,
    subcommand: 'new',
    options: { specialty: 'cardiology' },
  });
  const reply = await fake.reply(i);
  const thread = fake.threadsOf(server.channel.id)[before];
  if (!thread) throw new Error(`no thread opened: ${reply.content}`);
  return thread.id;
}

/** What the patient said in a thread (webhook posts, or bot posts in bold), oldest first. */
function patientSaid(fake: FakeDiscord, threadId: string): MessageRecord[] {
  return fake.messagesIn(threadId).filter((m) => m.webhookId !== undefined && m.interactionId === undefined);
}

describe('a full case on Discord', () => {
  it('GIVEN a study server THEN new → thread → three students ask → exam → order → diagnoses → refused and granted reveal → transcript', async () => {
    const { fake, server } = await fakeDiscord();
    const running = await bot(fake, { STORE_URL: 'memory://', INSTRUCTOR_ROLE_ID: server.instructorRole.id });
    const [a, b, c] = server.students.map(uid);
    const g = server.guild.id;

    // /patient new cardiology: a thread named for the patient, never the diagnosis, with a triage note
    const threadId = await openCase(fake, server, a ?? '');
    const key = `${g}:${threadId}`;
    const state = await running.services.cases.get(key);
    if (!state.ok) throw new Error(state.error.code);
    const record = state.value.record;
    const thread = fake.state.channels.get(threadId);
    expect(thread?.name).toContain(record.demographics.givenName);
    expect(thread?.name.toLowerCase()).not.toContain(record.condition.name.toLowerCase());
    expect(fake.messagesIn(threadId)[0]?.content).toContain('Triage note');

    // three students ask; each answered once, in order, in the patient's name
    fake.say(threadId, a ?? '', 'Hello, what brings you in today?');
    fake.say(threadId, b ?? '', 'Where exactly is the pain?');
    fake.say(threadId, c ?? '', 'Do you smoke?');
    await fake.waitFor(() => patientSaid(fake, threadId).length === 3, 10_000, 'three patient replies');
    const replies = patientSaid(fake, threadId);
    const name = `${record.demographics.givenName} ${record.demographics.familyName}`;
    expect(replies.map((m) => m.author.username)).toEqual([name, name, name]);
    expect(replies.every((m) => m.content.length > 0 && m.pinged.length === 0)).toBe(true);
    expect(replies.some((m) => m.content.toLowerCase().includes(record.condition.name.toLowerCase()))).toBe(
      false,
    );

    // exam and order: public results in the thread
    const exam = fake.command({
      guildId: g,
      channelId: threadId,
      userId: b ?? '',
      subcommand: 'exam',
      options: { system: 'cardiovascular' },
    });
    expect((await fake.reply(exam)).content).toMatch(/Cardiovascular system examination/);
    const test = running.services.cases.suggestTests('ecg')[0] ?? 'ECG';
    const order = fake.command({
      guildId: g,
      channelId: threadId,
      userId: c ?? '',
      subcommand: 'order',
      options: { test },
    });
    const ordered = await fake.reply(order);
    expect(ordered.content.startsWith('🧪 ')).toBe(true);
    expect(ordered.flags & MessageFlags.Ephemeral).toBe(0);

    // diagnoses: private confirmations; nothing of them in the thread
    const right = fake.command({
      guildId: g,
      channelId: threadId,
      userId: a ?? '',
      subcommand: 'diagnose',
      options: { text: record.condition.name },
    });
    const wrong = fake.command({
      guildId: g,
      channelId: threadId,
      userId: b ?? '',
      subcommand: 'diagnose',
      options: { text: 'panic attack' },
    });
    for (const i of [right, wrong]) {
      const r = await fake.reply(i);
      expect(r.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
      expect(r.content).toContain('recorded');
    }
    expect(fake.messagesIn(threadId).some((m) => m.content.includes('panic attack'))).toBe(false);

    // a student's reveal is refused; the instructor's reveal posts the debrief and locks the thread
    const refused = fake.command({ guildId: g, channelId: threadId, userId: c ?? '', subcommand: 'reveal' });
    expect((await fake.reply(refused)).content).toBe('Only instructors can do that.');
    expect(fake.state.channels.get(threadId)?.locked).toBe(false);
    const reveal = fake.command({
      guildId: g,
      channelId: threadId,
      userId: server.instructor.id,
      subcommand: 'reveal',
    });
    const revealed = await fake.reply(reveal);
    expect(revealed.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(revealed.content).toContain(record.condition.name);
    expect(revealed.files.map((f) => f.filename)).toEqual(['patient-record.json']);
    const debrief = fake.botMessagesIn(threadId).find((m) => m.embeds.length > 0);
    const debriefText = JSON.stringify(debrief?.embeds);
    expect(debriefText).toContain(record.condition.name);
    expect(debriefText).toContain(`<@${a}>`);
    expect(debriefText).toContain('panic attack');
    expect(debrief?.pinged).toEqual([]);
    expect(fake.state.channels.get(threadId)?.locked).toBe(true);

    // transcript: Markdown and JSON, each question attributed to its student
    const transcript = fake.command({
      guildId: g,
      channelId: threadId,
      userId: a ?? '',
      subcommand: 'transcript',
    });
    const files = (await fake.reply(transcript)).files;
    expect(files.map((f) => f.filename)).toEqual([
      `transcript-${threadId}.md`,
      `transcript-${threadId}.json`,
    ]);
    const json = JSON.parse(files[1]?.data.toString('utf8') ?? '{}') as {
      transcript: { kind: string; author: string }[];
    };
    expect(json.transcript.filter((t) => t.kind === 'ask').map((t) => t.author)).toEqual([a, b, c]);

    // every interaction was acknowledged inside Discord's 3-second window
    const acks = [...fake.state.interactions.values()].map(
      (i) => (i.ackedAt ?? Number.POSITIVE_INFINITY) - i.createdAt,
    );
    expect(Math.max(...acks)).toBeLessThan(3_000);
  });

  it('GIVEN the same message delivered twice THEN the patient answers it once', async () => {
    const { fake, server } = await fakeDiscord();
    await bot(fake, { STORE_URL: 'memory://' });
    const threadId = await openCase(fake, server, uid(server.students[0]));
    const message = fake.say(threadId, uid(server.students[0]), 'Any allergies?');
    fake.redeliver(message);
    fake.redeliver(message);
    await fake.waitFor(() => patientSaid(fake, threadId).length >= 1, 10_000, 'a reply');
    await new Promise((r) => setTimeout(r, 300));
    expect(patientSaid(fake, threadId)).toHaveLength(1);
  });
});

describe('restarts', () => {
  it('GIVEN messages posted while the bot was down THEN after a restart they are answered once, in order, before new ones', async () => {
    const { fake, server } = await fakeDiscord();
    const env = { STORE_URL: `sqlite://${join(dir, 'restart.sqlite')}` };
    const first = await bot(fake, env);
    const [a, b] = server.students.map(uid);
    const threadId = await openCase(fake, server, a ?? '');
    fake.say(threadId, a ?? '', 'What brings you in?');
    await fake.waitFor(() => patientSaid(fake, threadId).length === 1, 10_000, 'the first reply');
    await first.stop();

    fake.sayWhileBotIsAway(threadId, b ?? '', 'When did it start?');
    fake.sayWhileBotIsAway(threadId, a ?? '', 'Have you had this before?');
    const second = await bot(fake, env);
    fake.say(threadId, b ?? '', 'Do you take any medicines?');
    await fake.waitFor(() => patientSaid(fake, threadId).length === 4, 10_000, 'four replies');
    await new Promise((r) => setTimeout(r, 300));
    expect(patientSaid(fake, threadId)).toHaveLength(4);

    const state = await second.services.cases.get(`${server.guild.id}:${threadId}`);
    if (!state.ok) throw new Error(state.error.code);
    const asked = state.value.transcript.filter((t) => t.kind === 'ask').map((t) => t.text);
    expect(asked).toEqual([
      'What brings you in?',
      'When did it start?',
      'Have you had this before?',
      'Do you take any medicines?',
    ]);
  });
});

describe('on Redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis({ appendonly: true });
  });
  afterAll(async () => {
    await redis?.close();
  });

  it('GIVEN a real redis-server THEN a case is played, survives a bot restart, and is caught up', async () => {
    const { fake, server } = await fakeDiscord();
    const env = { STORE_URL: redis.url, STORE_NAMESPACE: 'e2e-restart' };
    const first = await bot(fake, env);
    const student = uid(server.students[0]);
    const threadId = await openCase(fake, server, student);
    fake.say(threadId, student, 'How long have you had the pain?');
    await fake.waitFor(() => patientSaid(fake, threadId).length === 1, 10_000, 'a reply');
    await first.stop();
    fake.sayWhileBotIsAway(threadId, student, 'Does anything make it better?');
    await bot(fake, env);
    await fake.waitFor(() => patientSaid(fake, threadId).length === 2, 10_000, 'the caught-up reply');
    const vitals = fake.command({
      guildId: server.guild.id,
      channelId: threadId,
      userId: student,
      subcommand: 'vitals',
    });
    expect((await fake.reply(vitals)).content).toMatch(/^📈 /);
  });

  it('GIVEN Redis goes down mid-case THEN students get a clear storage error (never "no case"), and the case goes on once Redis is back', async () => {
    const { fake, server } = await fakeDiscord();
    await bot(fake, { STORE_URL: redis.url, STORE_NAMESPACE: 'e2e-outage' });
    const student = uid(server.students[0]);
    const threadId = await openCase(fake, server, student);
    await redis.stop(true);
    try {
      const message = fake.say(threadId, student, 'Are you in pain now?');
      await fake.waitFor(
        () => fake.botMessagesIn(threadId).some((m) => m.referenceId === message.id),
        10_000,
        'an error reply',
      );
      const error = fake.botMessagesIn(threadId).find((m) => m.referenceId === message.id);
      expect(error?.content).toBe(
        'Case storage is unavailable right now, so nothing was changed. Please try again in a minute.',
      );
      const vitals = fake.command({
        guildId: server.guild.id,
        channelId: threadId,
        userId: student,
        subcommand: 'vitals',
      });
      const reply = await fake.reply(vitals);
      expect(reply.content).toContain('Case storage is unavailable');
      expect(reply.content).not.toContain('There is no case');
    } finally {
      await redis.restart();
    }
    let answered = false;
    for (let attempt = 0; attempt < 40 && !answered; attempt++) {
      const before = patientSaid(fake, threadId).length;
      fake.say(threadId, student, `Are you in pain now? (${attempt})`);
      answered = await fake
        .waitFor(() => patientSaid(fake, threadId).length > before, 500, 'a reply')
        .then(() => true)
        .catch(() => false);
    }
    expect(answered).toBe(true);
  });
});
