/** What the OS hands the app: files on the command line, and links the user clicks. */
import { isAbsolute, resolve } from 'node:path';

/**
 * The `.bodo` files named on a command line (a launch, or a second launch handed over by the
 * single-instance lock), made absolute against the directory the command ran in.
 */
export function bodoPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.bodo'))
    .map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

/** Links in a document may open in the system browser only when they are plain web addresses. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
