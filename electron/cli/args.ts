/** Reading a subcommand's arguments: options as declared, and exactly one input file. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

/** Parses `args` strictly; an unknown option or anything but one input file is a UsageError. */
export function parseOneInput<const Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: Options) {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'no input file' : 'one input file at a time');
  return { input: positionals[0] as string, values };
}
