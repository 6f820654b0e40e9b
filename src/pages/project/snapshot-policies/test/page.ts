import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderApp } from '../../../../../tests/app-harness';
import { findDialog } from '../../../../../tests/find-dialog';
import { createMockCloud } from '@/mock-cloud';
import { paths } from '@/paths';

export function openPolicies(route: string = paths.policies) {
  return renderApp({ route, cloud: createMockCloud() });
}

/** Fills the Create Policy dialog for instances tagged key=value, every `hours` hours, keeping `keep`. */
export async function createTaggedPolicy(user: UserEvent, options: { name: string; key: string; value: string; hours: string; keep: string }) {
  await user.click(screen.getAllByRole('button', { name: 'Create Policy' })[0] as HTMLElement);
  const dialog = await findDialog('Create Snapshot Policy');
  await user.type(within(dialog).getByLabelText('Name'), options.name);
  await user.type(within(dialog).getByLabelText('Metadata key'), options.key);
  await user.type(within(dialog).getByLabelText('Metadata value'), options.value);
  await user.click(within(dialog).getByRole('radio', { name: 'Every N hours' }));
  const every = within(dialog).getByLabelText('Every');
  await user.clear(every);
  await user.type(every, options.hours);
  await user.clear(within(dialog).getByLabelText('Time zone'));
  await user.type(within(dialog).getByLabelText('Time zone'), 'UTC');
  const keep = within(dialog).getByLabelText('Keep the last N per instance');
  await user.clear(keep);
  await user.type(keep, options.keep);
  return dialog;
}
