import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { SetupServer } from 'msw/node';
import { createMockCloud, type MockCloud } from '@/mock-cloud';

/** A demo cloud whose in-flight snapshot has settled (lifecycles moved on by a minute). */
export function settledCloud(): MockCloud {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  return cloud;
}

export async function goToStep(user: UserEvent, name: string): Promise<void> {
  const nav = await screen.findByRole('navigation', { name: 'Launch steps' }, { timeout: 5000 });
  await user.click(within(nav).getByRole('button', { name: new RegExp(`^${name}`) }));
  await screen.findByRole('heading', { level: 2, name });
}

/** Waits for the candidate table of the source step to list `name`. */
export async function findCandidate(name: string): Promise<HTMLElement> {
  return screen.findByRole('radio', { name: `Select ${name}` });
}

export function candidateNames(): string[] {
  const table = screen.getByRole('table', { name: /^Available/ });
  return within(table)
    .queryAllByRole('radio')
    .map((radio) => (radio.getAttribute('aria-label') ?? '').replace(/^Select /, ''));
}

export function allocated(): HTMLElement {
  return screen.getByRole('region', { name: 'Allocated' });
}

export function launchButton(): HTMLElement {
  return screen.getByRole('button', { name: 'Launch Instance' });
}

/** The bodies of every POST /servers, as the mock cloud received them. */
export function capturePostServers(server: SetupServer): unknown[] {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/servers')) {
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body));
    }
  });
  return bodies;
}

/** Fills the required steps: name, flavor and the first network (the source must be chosen already). */
export async function fillRequired(user: UserEvent, options: { name?: string; flavor?: string; network?: string } = {}) {
  await goToStep(user, 'Details');
  const name = screen.getByLabelText(/^Instance Name/);
  await user.clear(name);
  await user.type(name, options.name ?? 'restored-1');
  await goToStep(user, 'Flavor');
  await user.click(await screen.findByRole('radio', { name: `Select flavor ${options.flavor ?? 'm1.small'}` }));
  await goToStep(user, 'Networks');
  await user.click(await screen.findByRole('checkbox', { name: `Select network ${options.network ?? 'private-net'}` }));
}

export async function waitForLaunchEnabled(): Promise<void> {
  await waitFor(() => expect(launchButton()).toBeEnabled());
}
