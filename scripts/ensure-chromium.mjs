// Makes sure Debian's Chromium is installed for the browser tests; never downloads a browser build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(command, args) {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (existsSync(chromiumPath)) {
  process.exit(0);
}
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(`Chromium is missing at ${chromiumPath}. Install Debian's package: sudo apt-get install chromium`);
  process.exit(1);
}
console.log('[e2e] installing Debian chromium (apt-get)…');
run('apt-get', ['update', '-qq']);
run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
if (!existsSync(chromiumPath)) {
  console.error(`apt-get finished but ${chromiumPath} is still missing.`);
  process.exit(1);
}
