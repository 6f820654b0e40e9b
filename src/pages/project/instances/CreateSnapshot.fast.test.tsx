import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { renderApp } from '../../../../tests/app-harness';
import { findDialog } from '../../../../tests/find-dialog';
import { requestsMatching, serverActionRequest, waitForRow } from './test/page';

function settledCloud() {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  return cloud;
}

type Cloud = ReturnType<typeof createMockCloud>;

/** Every read of Nova, Glance and Cinder goes unanswered until the returned function is called. */
function holdReads(cloud: Cloud): () => void {
  const releases = (['compute', 'image', 'volume'] as const).map((service) => cloud.scenarios.hold({ service, method: 'GET', path: /./ }));
  return () => releases.forEach((release) => release());
}

async function submitSnapshot(user: Awaited<ReturnType<typeof renderApp>>['user'], server: string, name: string, beforeSubmit: () => void) {
  await user.click(within(await waitForRow(server)).getByRole('button', { name: 'Create Snapshot' }));
  const dialog = await findDialog('Create Snapshot');
  const field = within(dialog).getByLabelText('Snapshot Name');
  await user.clear(field);
  await user.type(field, name);
  await within(dialog).findByText('This cloud does not report image quota usage.');
  beforeSubmit();
  await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));
}

describe('Create Snapshot: done when Nova accepts it', () => {
  it('closes the dialog once the POST is answered, while the refreshes it started are still unanswered', async () => {
    const { user, cloud } = await renderApp({ cloud: settledCloud() });
    let release = () => {};
    await submitSnapshot(user, 'db-1', 'db-1-quick', () => {
      release = holdReads(cloud);
      cloud.clearRequestLog();
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Snapshot db-1-quick is being created')).toBeInTheDocument();
    expect(requestsMatching(cloud.requestLog, serverActionRequest)).toHaveLength(1);
    // The Instances list's refresh was asked for after the POST and has no answer yet.
    const log = requestsMatching(cloud.requestLog, /./);
    const post = log.findIndex((line) => serverActionRequest.test(line));
    expect(log.slice(post + 1).some((line) => /^GET .*\/servers\/detail/.test(line))).toBe(true);
    release();
    await waitForRow('db-1');
  });
});
