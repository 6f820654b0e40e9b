/**
 * Debian's Chromium, as every browser tier launches it: never a downloaded browser, and no
 * background traffic (this machine's network is closed, and Chromium would keep retrying).
 */
export const chromiumLaunchOptions = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** What both Playwright configs share: one worker, no retries, a list report. */
export const sharedPlaywrightSettings = {
  testDir: '.',
  testMatch: /.*\.e2e\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']] as [['list']],
};
