/**
 * The `bodo` command line: a dispatcher over subcommands, one module each. Plain Node (never
 * Electron), calling shared/ for all the work, so the app and the command line agree.
 */
import type { Command, CommandIO } from './command';
import { checkCommand } from './check';
import { convertCommand } from './convert';
import { EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, FileError, UsageError } from './errors';

const COMMANDS: readonly Command[] = [convertCommand, checkCommand];

function usage(): string {
  return [
    'Usage:',
    ...COMMANDS.map((command) => `  ${command.usage}`),
    '  bodo <command> --help',
    '  bodo --help',
    '',
    'Exit status: 0 done, 1 a file could not be read, converted or written, 2 wrong call.',
  ].join('\n');
}

async function runBodo(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${usage()}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`bodo: ${name === undefined ? 'no command given' : `unknown command "${name}"`}\n${usage()}\n`);
    return EXIT_USAGE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`Usage: ${command.usage}\n${command.help}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`bodo ${command.name}: ${error.message}\nUsage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof FileError) {
      io.stderr(`bodo: ${error.file}: ${error.reason}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

const processIO: CommandIO = {
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
};

runBodo(process.argv.slice(2), processIO).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bodo: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
