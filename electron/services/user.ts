/** Who is logged in, as the operating system names them: the author name first run suggests. */
import { userInfo } from 'node:os';

export function systemUserName(): string {
  try {
    return userInfo().username;
  } catch {
    // No entry for the user (some containers): nothing to suggest.
    return '';
  }
}
