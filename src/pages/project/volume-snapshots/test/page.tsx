import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../../../../tests/app-harness';
import { createMockCloud } from '@/mock-cloud';
import { paths } from '@/paths';

/** Cinder's deletes take 200 ms instead of 2 s, so a watched delete settles on the first check. */
export async function openList(route = paths.volumeSnapshots) {
  const app = await renderApp({ route, cloud: createMockCloud({ timeScale: 0.1 }) });
  await screen.findByRole('rowheader', { name: /data-snap-2/ });
  // The rows come first; the volume names (which the action rules read too) fill in after.
  await waitFor(() => expect(screen.queryByText('Loading…', { selector: 'td *' })).not.toBeInTheDocument());
  return app;
}

export function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

export async function select(user: Awaited<ReturnType<typeof openList>>['user'], ...names: string[]) {
  for (const name of names) await user.click(screen.getByRole('checkbox', { name: `Select ${name}` }));
}
