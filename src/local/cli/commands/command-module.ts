/**
 * The shape of one command of the command line: a name and a function that registers it (its
 * arguments, options, description and action) on the program, over the shared context.
 */
import type { Command } from 'commander';
import type { CliContext } from '../context';

export interface CommandModule {
  readonly name: string;
  register(program: Command, context: CliContext): void;
}
