/** What a `bodo` subcommand is: the dispatcher lists them, each lives in its own module. */
export type CommandIO = {
  stdout: (data: string | Uint8Array) => void;
  stderr: (text: string) => void;
};

export type Command = {
  name: string;
  /** One line: how to call it. */
  usage: string;
  /** What it does and its options, for `bodo <command> --help`. */
  help: string;
  /** Returns the exit code; throws FileError (exit 1) or UsageError (exit 2). */
  run: (args: string[], io: CommandIO) => Promise<number>;
};
