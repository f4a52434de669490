/**
 * `/patient`: the one slash command, its subcommands defined one per file. The definition is sent to
 * Discord as is (deploy/registerCommands.ts); the registry maps each subcommand to its handler.
 */
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { AnySubcommand } from '../src/adapters/discord/Subcommand.ts';
import { askCommand, askDefinition } from './ask.ts';
import { diagnoseCommand, diagnoseDefinition } from './diagnose.ts';
import { endCommand, endDefinition } from './end.ts';
import { examCommand, examDefinition } from './exam.ts';
import { hintCommand, hintDefinition } from './hint.ts';
import { newCommand, newDefinition } from './new.ts';
import { orderCommand, orderDefinition } from './order.ts';
import { revealCommand, revealDefinition } from './reveal.ts';
import { settingsCommand, settingsDefinition } from './settings.ts';
import { transcriptCommand, transcriptDefinition } from './transcript.ts';
import { vitalsCommand, vitalsDefinition } from './vitals.ts';

export const patientCommand = {
  type: ApplicationCommandType.ChatInput,
  name: 'patient',
  description: 'Practise history taking with a simulated patient',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  options: [
    newDefinition,
    askDefinition,
    examDefinition,
    orderDefinition,
    vitalsDefinition,
    hintDefinition,
    diagnoseDefinition,
    revealDefinition,
    endDefinition,
    transcriptDefinition,
    settingsDefinition,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Every command the bot registers. */
export const commandDefinitions = [patientCommand] as const;

/** Subcommand name → handler. */
export function buildRegistry(): ReadonlyMap<string, AnySubcommand> {
  const all = [
    newCommand,
    askCommand,
    examCommand,
    orderCommand,
    vitalsCommand,
    hintCommand,
    diagnoseCommand,
    revealCommand,
    endCommand,
    transcriptCommand,
    settingsCommand,
  ];
  return new Map(all.map((c) => [c.name, c]));
}
