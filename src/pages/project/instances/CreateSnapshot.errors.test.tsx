import { within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { renderApp } from '../../../../tests/app-harness';
import { waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

const action = /\/servers\/[^/]+\/action$/;

async function submitWithFailure(arrange: (cloud: ReturnType<typeof createMockCloud>) => void) {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  const { user } = await renderApp({ cloud });
  await user.click(within(await waitForRow('web-1')).getByRole('button', { name: 'Create Snapshot' }));
  const dialog = await findDialog('Create Snapshot');
  const name = within(dialog).getByLabelText('Snapshot Name');
  await user.clear(name);
  await user.type(name, 'my-precious-name');
  await within(dialog).findByText('This cloud does not report image quota usage.');
  arrange(cloud);
  await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));
  const alert = await within(dialog).findByRole('alert');
  // The dialog stays, with what the user typed, and can be tried again.
  expect(name).toHaveValue('my-precious-name');
  expect(within(dialog).getByRole('button', { name: 'Create Snapshot' })).toBeEnabled();
  return { alert, cloud };
}

describe('Create Snapshot: errors in plain words, the name kept', () => {
  it('409: the instance is busy', async () => {
    const { alert } = await submitWithFailure((cloud) =>
      cloud.scenarios.failNext({
        service: 'compute',
        method: 'POST',
        path: action,
        status: 409,
        body: { conflictingRequest: { code: 409, message: "Cannot 'createImage' instance while it is in task_state image_snapshot" } },
      }),
    );
    expect(alert).toHaveTextContent(/The instance is busy with another task/);
    expect(alert).toHaveTextContent(/task_state image_snapshot/);
  });

  it('403 quota: Quota exceeded for snapshots', async () => {
    const { alert } = await submitWithFailure((cloud) =>
      cloud.scenarios.failNext({
        service: 'compute',
        method: 'POST',
        path: action,
        status: 403,
        body: { forbidden: { code: 403, message: 'Quota exceeded for resources: snapshots' } },
      }),
    );
    expect(alert).toHaveTextContent(/Quota exceeded for snapshots/);
  });

  it('403 policy: not allowed', async () => {
    const { alert } = await submitWithFailure((cloud) =>
      cloud.scenarios.failNext({
        service: 'compute',
        method: 'POST',
        path: action,
        status: 403,
        body: { forbidden: { code: 403, message: "Policy doesn't allow os_compute_api:servers:create_image to be performed." } },
      }),
    );
    expect(alert).toHaveTextContent(/You are not allowed to snapshot this instance: Policy doesn't allow/);
  });

  it('network failure: the cloud could not be reached', async () => {
    const { alert, cloud } = await submitWithFailure((mock) => mock.scenarios.offline(true));
    cloud.scenarios.offline(false);
    expect(alert).toHaveTextContent(/Could not reach Compute \(Nova\)/);
  });
});
