/**
 * How the end-to-end tests and the bench start headless Chromium, so both measure and test the
 * same browser the same way: the system's Chromium where there is one (Debian's), no sandbox
 * and no GPU (containers have neither), and none of the background traffic a profile starts.
 */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
