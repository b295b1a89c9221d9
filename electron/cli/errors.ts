/**
 * The two ways a `bodo` call fails (exit codes are part of the command line's contract):
 * 1 when a file cannot be read, converted or written, 2 when the call itself is wrong.
 */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

/** A file that cannot be read, understood or written; printed as `bodo: <file>: <reason>`. */
export class FileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** A wrong call (unknown option, missing argument); printed with the usage. */
export class UsageError extends Error {}
