import { ChannelType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createCaseStore } from '../../src/adapters/storage/createCaseStore.ts';
import type { CaseStore } from '../../src/cases/CaseStore.ts';
import { PatientZeroError } from '../../src/domain/errors.ts';
import { BOT_PERMISSIONS, FakeDiscord, type StudyServer } from '../fakes/fakeDiscord/FakeDiscord.ts';
import { memoryLogger, servicesAround, startBot } from './botHarness.ts';
import { StubCaseApi } from './StubCaseApi.ts';

/** Adapter behaviour that needs control over timing or failures: a stub case service on a real store. */
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

interface Setup {
  fake: FakeDiscord;
  server: StudyServer;
  store: CaseStore;
  cases: StubCaseApi;
  logLines: () => Record<string, unknown>[];
}

async function setup(
  options: {
    botPermissions?: bigint;
    messageContent?: boolean;
    store?: CaseStore;
    logLevel?: 'warn' | 'info';
  } = {},
): Promise<Setup> {
  const fake = await FakeDiscord.start();
  cleanup.push(() => fake.stop());
  const server = fake.studyServer(
    options.botPermissions !== undefined ? { botPermissions: options.botPermissions } : {},
  );
  const store = options.store ?? createCaseStore({ url: 'memory://', namespace: 'stub' });
  const cases = new StubCaseApi(store);
  const logger = memoryLogger(options.logLevel ?? 'warn');
  const services = servicesAround(cases, () => store.openKeys(), logger.log);
  const running = await startBot(fake, services, { messageContent: options.messageContent ?? true });
  cleanup.push(() => running.stop());
  return { fake, server, store, cases, logLines: logger.lines };
}

const id = (u: { id: string } | undefined): string => u?.id ?? '';

async function openCase(s: Setup): Promise<string> {
  const i = s.fake.command({
    guildId: s.server.guild.id,
    channelId: s.server.channel.id,
    userId: id(s.server.students[0]),
    subcommand: 'new',
    options: { specialty: 'cardiology' },
  });
  await s.fake.reply(i);
  const thread = s.fake.threadsOf(s.server.channel.id).at(-1);
  if (!thread) throw new Error('no thread');
  return thread.id;
}

/** Patient replies in a thread (webhook or bot), oldest first, without the triage note. */
function patientLines(s: Setup, threadId: string): string[] {
  return s.fake
    .botMessagesIn(threadId)
    .filter((m) => !m.content.includes('Triage note') && m.interactionId === undefined)
    .map((m) => m.content);
}

describe('the bot with a stub case service', () => {
  it('GIVEN /patient new cardiology THEN a public thread opens, named for the patient, with the triage note, and the opener is told where', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    const thread = s.fake.state.channels.get(threadId);
    expect(thread?.type).toBe(ChannelType.PublicThread);
    expect(thread?.name).toBe('Frank Doyle, 58 — chest pain');
    expect(s.fake.messagesIn(threadId)[0]?.content).toContain('Triage note');
  });

  it('GIVEN the private option THEN the thread is private and the opener is a member', async () => {
    const s = await setup();
    const student = id(s.server.students[0]);
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: s.server.channel.id,
      userId: student,
      subcommand: 'new',
      options: { specialty: 'cardiology', private: true },
    });
    await s.fake.reply(i);
    const thread = s.fake.threadsOf(s.server.channel.id)[0];
    expect(thread?.type).toBe(ChannelType.PrivateThread);
    expect(thread?.members.has(student)).toBe(true);
  });

  it('GIVEN an unknown specialty THEN the reply is ephemeral, lists what exists, and no thread is opened', async () => {
    const s = await setup();
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: s.server.channel.id,
      userId: id(s.server.students[0]),
      subcommand: 'new',
      options: { specialty: 'dermatology' },
    });
    const reply = await s.fake.reply(i);
    expect(i.ephemeral).toBe(true);
    expect(reply.content).toContain('There is no such specialty');
    expect(reply.content).toContain('cardiology');
    expect(s.fake.threadsOf(s.server.channel.id)).toEqual([]);
  });

  it('GIVEN a specialty that exists but is not playable here THEN the reply says it is switched off', async () => {
    const s = await setup();
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: s.server.channel.id,
      userId: id(s.server.students[0]),
      subcommand: 'new',
      options: { specialty: 'respiratory' },
    });
    expect((await s.fake.reply(i)).content).toContain('switched off');
  });

  it('GIVEN a student asks for a condition THEN it is refused: only instructors choose conditions', async () => {
    const s = await setup();
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: s.server.channel.id,
      userId: id(s.server.students[0]),
      subcommand: 'new',
      options: { specialty: 'cardiology', condition: 'stemi' },
    });
    expect((await s.fake.reply(i)).content).toBe('Only instructors can do that.');
    expect(s.fake.threadsOf(s.server.channel.id)).toEqual([]);
  });

  it('GIVEN three students talk at once THEN each message is answered once, in order, by the patient under its own name, pinging nobody', async () => {
    const s = await setup();
    s.cases.askDelayMs = 30;
    const threadId = await openCase(s);
    const [a, b, c] = s.server.students.map((u) => u.id);
    s.fake.say(threadId, a ?? '', 'what brings you in?');
    s.fake.say(threadId, b ?? '', `where is the pain <@${a}>?`);
    s.fake.say(threadId, c ?? '', 'does it go anywhere? @everyone');
    await s.fake.waitFor(() => patientLines(s, threadId).length === 3, 5_000, 'three replies');
    expect(patientLines(s, threadId)).toEqual([
      'You asked: what brings you in?',
      `You asked: where is the pain <@${a}>?`,
      'You asked: does it go anywhere? @everyone',
    ]);
    const replies = s.fake.botMessagesIn(threadId);
    expect(replies.every((m) => m.pinged.length === 0 && !m.pingedEveryone)).toBe(true);
    const spoken = replies.filter((m) => m.webhookId !== undefined);
    expect(spoken.map((m) => m.author.username)).toEqual(['Frank Doyle', 'Frank Doyle', 'Frank Doyle']);
    expect(s.cases.asked.map((q) => q.userId)).toEqual([a, b, c]);
  });

  it('GIVEN a reply longer than Discord allows THEN it is posted cut to 2,000 characters, not refused', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    s.fake.say(threadId, id(s.server.students[0]), 'tell me everything');
    await s.fake.waitFor(() => patientLines(s, threadId).length === 1, 3_000, 'a reply');
    const [reply] = patientLines(s, threadId);
    expect(reply?.length).toBe(2_000);
    expect(s.fake.rest.log.filter((r) => r.status === 400)).toEqual([]);
  });

  it('GIVEN a turn THEN the log line carries the case, guild and user ids and never what the student wrote', async () => {
    const s = await setup({ logLevel: 'info' });
    const threadId = await openCase(s);
    const student = id(s.server.students[1]);
    s.fake.say(threadId, student, 'my secret symptom question');
    await s.fake.waitFor(() => patientLines(s, threadId).length === 1, 3_000, 'a reply');
    await s.fake.waitFor(() => s.logLines().some((l) => l.msg === 'turn answered'), 3_000, 'the log line');
    const line = s.logLines().find((l) => l.msg === 'turn answered');
    expect(line).toMatchObject({
      caseKey: `${s.server.guild.id}:${threadId}`,
      guildId: s.server.guild.id,
      userId: student,
    });
    expect(JSON.stringify(s.logLines())).not.toContain('secret symptom');
    expect(JSON.stringify(s.logLines())).not.toContain(s.fake.token);
  });

  it('GIVEN the same message delivered twice THEN it is answered once', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    const message = s.fake.say(threadId, id(s.server.students[0]), 'any allergies?');
    s.fake.redeliver(message);
    await s.fake.waitFor(() => patientLines(s, threadId).length >= 1, 3_000, 'a reply');
    await new Promise((r) => setTimeout(r, 200));
    expect(patientLines(s, threadId)).toEqual(['You asked: any allergies?']);
  });

  it('GIVEN the bot may not manage webhooks THEN the patient speaks as the bot with its name in bold', async () => {
    const s = await setup({ botPermissions: BOT_PERMISSIONS & ~PermissionFlagsBits.ManageWebhooks });
    const threadId = await openCase(s);
    s.fake.say(threadId, id(s.server.students[0]), 'hello');
    await s.fake.waitFor(() => patientLines(s, threadId).length === 1, 3_000, 'a reply');
    const [reply] = s.fake.botMessagesIn(threadId).filter((m) => m.content.includes('You asked'));
    expect(reply?.content).toBe('**Frank Doyle:** You asked: hello');
    expect(reply?.webhookId).toBeUndefined();
    expect(reply?.author.id).toBe(s.fake.botId);
  });

  it('GIVEN a slow turn THEN the typing indicator shows while the patient thinks; a quick turn spends no request on it', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    s.fake.say(threadId, id(s.server.students[0]), 'quick one');
    await s.fake.waitFor(() => patientLines(s, threadId).length === 1, 3_000, 'a reply');
    expect(s.fake.state.typing.filter((t) => t.channelId === threadId)).toEqual([]);
    s.cases.askDelayMs = 600;
    s.fake.say(threadId, id(s.server.students[0]), 'how are you?');
    await s.fake.waitFor(() => patientLines(s, threadId).length === 2, 3_000, 'a reply');
    expect(s.fake.state.typing.some((t) => t.channelId === threadId && t.userId === s.fake.botId)).toBe(true);
  });

  it('GIVEN messages from other bots, webhooks and threads the bot did not open THEN none is answered', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    const other = s.fake.state.createThread(s.server.channel.id, id(s.server.students[0]), {
      name: 'chat',
      type: ChannelType.PublicThread,
    });
    const otherBot = s.fake.state.addUser('another-bot', true);
    s.fake.state.addMember(s.server.guild.id, otherBot.id, []);
    s.fake.say(other.id, id(s.server.students[0]), 'hi');
    s.fake.say(threadId, otherBot.id, 'beep');
    s.fake.say(s.server.channel.id, id(s.server.students[1]), 'in the channel');
    await new Promise((r) => setTimeout(r, 300));
    expect(s.cases.asked).toEqual([]);
  });

  it('GIVEN no Message Content intent THEN plain messages are ignored, a mention of the bot is answered, and /patient ask works', async () => {
    const s = await setup({ messageContent: false });
    const threadId = await openCase(s);
    const student = id(s.server.students[0]);
    s.fake.say(threadId, student, 'you cannot read this');
    s.fake.say(threadId, student, `<@${s.fake.botId}> do you smoke?`);
    await s.fake.waitFor(() => patientLines(s, threadId).length === 1, 3_000, 'a reply');
    expect(patientLines(s, threadId)).toEqual(['You asked: do you smoke?']);
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: threadId,
      userId: student,
      subcommand: 'ask',
      options: { text: 'any cough?' },
    });
    expect((await s.fake.reply(i)).content).toBe('> any cough?\n**Frank Doyle:** You asked: any cough?');
  });

  it('GIVEN a case command outside a case thread THEN the ephemeral answer says where to use it', async () => {
    const s = await setup();
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: s.server.channel.id,
      userId: id(s.server.students[0]),
      subcommand: 'vitals',
    });
    const reply = await s.fake.reply(i);
    expect(i.ephemeral).toBe(true);
    expect(reply.content).toBe('Use this inside a case thread. Start a case with /patient new.');
  });

  it('GIVEN a public command fails THEN only the student who ran it sees the failure', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: threadId,
      userId: id(s.server.students[0]),
      subcommand: 'exam',
      options: { system: 'nonsense' },
    });
    const reply = await s.fake.reply(i);
    expect(reply.content).toBe('I do not know that body system. Did you mean: Cardiovascular system?');
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(s.fake.messagesIn(threadId).some((m) => m.interactionId === i.id)).toBe(false);
  });

  it('GIVEN a slow turn in progress WHEN a slash command comes for the same case THEN it is acknowledged at once and answered after the turn', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    s.cases.askDelayMs = 400;
    s.fake.say(threadId, id(s.server.students[0]), 'slow question');
    await new Promise((r) => setTimeout(r, 50));
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: threadId,
      userId: id(s.server.students[1]),
      subcommand: 'vitals',
    });
    await s.fake.waitFor(() => i.callbacks.length > 0, 1_000, 'the acknowledgement');
    expect(Date.now() - i.createdAt).toBeLessThan(300);
    const reply = await s.fake.reply(i);
    const answer = s.fake.botMessagesIn(threadId).find((m) => m.content.includes('slow question'));
    expect(answer).toBeDefined();
    expect(Date.parse(reply.editedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(answer?.createdAt ?? ''));
  });

  it('GIVEN the store is down THEN a student gets the fixed store message and nothing internal', async () => {
    const real = createCaseStore({ url: 'memory://', namespace: 'flaky' });
    let down = false;
    const flaky: CaseStore = {
      get: (k) =>
        down
          ? Promise.reject(new PatientZeroError('store_unavailable', 'ECONNREFUSED 127.0.0.1:6379'))
          : real.get(k),
      put: (st, t) =>
        down ? Promise.reject(new PatientZeroError('store_unavailable', 'down')) : real.put(st, t),
      delete: (k) => real.delete(k),
      openKeys: () => real.openKeys(),
      close: () => real.close(),
    };
    const s = await setup({ store: flaky });
    const threadId = await openCase(s);
    down = true;
    const message = s.fake.say(threadId, id(s.server.students[0]), 'are you there?');
    await s.fake.waitFor(() => s.fake.botMessagesIn(threadId).length >= 2, 3_000, 'an error reply');
    const reply = s.fake.botMessagesIn(threadId).at(-1);
    expect(reply?.content).toBe(
      'Case storage is unavailable right now, so nothing was changed. Please try again in a minute.',
    );
    expect(reply?.referenceId).toBe(message.id);
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: threadId,
      userId: id(s.server.students[0]),
      subcommand: 'vitals',
    });
    expect((await s.fake.reply(i)).content).toContain('Case storage is unavailable');
  });

  it('GIVEN a non-instructor asks for reveal THEN it is refused privately; an instructor by role or by Manage Threads may reveal', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    const refused = s.fake.command({
      guildId: s.server.guild.id,
      channelId: threadId,
      userId: id(s.server.students[0]),
      subcommand: 'reveal',
    });
    expect((await s.fake.reply(refused)).content).toBe('Only instructors can do that.');
    expect(refused.ephemeral).toBe(true);

    const moderatorRole = s.fake.state.addRole(
      s.server.guild.id,
      'Moderator',
      PermissionFlagsBits.ManageThreads,
    );
    const moderator = s.fake.state.addUser('mod');
    s.fake.state.addMember(s.server.guild.id, moderator.id, [moderatorRole.id]);
    const byPermission = s.fake.command({
      guildId: s.server.guild.id,
      channelId: threadId,
      userId: moderator.id,
      subcommand: 'reveal',
    });
    expect((await s.fake.reply(byPermission)).content).toContain('Revealed: **STEMI**');
    expect(s.fake.state.channels.get(threadId)?.locked).toBe(true);
  });

  it('GIVEN an instructor role configured in settings THEN its members may reveal', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    const setRole = s.fake.command({
      guildId: s.server.guild.id,
      channelId: s.server.channel.id,
      userId: s.server.owner.id,
      subcommand: 'settings',
      options: { instructor_role: { role: s.server.instructorRole.id } },
    });
    expect((await s.fake.reply(setRole)).content).toContain(`<@&${s.server.instructorRole.id}>`);
    const reveal = s.fake.command({
      guildId: s.server.guild.id,
      channelId: threadId,
      userId: s.server.instructor.id,
      subcommand: 'reveal',
    });
    const reply = await s.fake.reply(reveal);
    expect(reply.content).toContain('Revealed');
    expect(reply.files.map((f) => f.filename)).toEqual(['patient-record.json']);
    expect(reply.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
  });

  it('GIVEN a student tries to change settings THEN it is refused', async () => {
    const s = await setup();
    const i = s.fake.command({
      guildId: s.server.guild.id,
      channelId: s.server.channel.id,
      userId: id(s.server.students[0]),
      subcommand: 'settings',
      options: { model: false },
    });
    expect((await s.fake.reply(i)).content).toBe(
      'Only members who can manage this server can change Patient Zero settings.',
    );
  });

  it('GIVEN the thread was locked by a moderator THEN the bot stops posting there after the first refusal', async () => {
    const s = await setup({
      botPermissions:
        BOT_PERMISSIONS & ~PermissionFlagsBits.ManageThreads & ~PermissionFlagsBits.ManageWebhooks,
    });
    const threadId = await openCase(s);
    s.fake.state.patchChannel(threadId, s.server.owner.id, { locked: true });
    const posts = (): number =>
      s.fake.rest.log.filter((r) => r.method === 'POST' && r.path === `/channels/${threadId}/messages`)
        .length;
    const before = posts();
    s.fake.say(threadId, s.server.owner.id, 'first');
    s.fake.say(threadId, s.server.owner.id, 'second');
    s.fake.say(threadId, s.server.owner.id, 'third');
    await s.fake.waitFor(() => s.cases.asked.length === 1 && posts() > before, 3_000, 'one attempt');
    await new Promise((r) => setTimeout(r, 300));
    expect(posts() - before).toBe(1);
    expect(s.fake.rest.log.filter((r) => r.status === 403).length).toBe(1);
  });

  it('GIVEN autocomplete on specialty and test THEN the bot offers matching choices', async () => {
    const s = await setup();
    const threadId = await openCase(s);
    const specialties = await s.fake.autocomplete({
      guildId: s.server.guild.id,
      channelId: s.server.channel.id,
      userId: id(s.server.students[0]),
      subcommand: 'new',
      options: { specialty: 'card' },
      focused: 'specialty',
    });
    expect(specialties).toEqual([{ name: 'Cardiology', value: 'cardiology' }]);
    const tests = await s.fake.autocomplete({
      guildId: s.server.guild.id,
      channelId: threadId,
      userId: id(s.server.students[0]),
      subcommand: 'order',
      options: { test: 'tro' },
      focused: 'test',
    });
    expect(tests).toEqual([{ name: 'Troponin', value: 'Troponin' }]);
  });
});
