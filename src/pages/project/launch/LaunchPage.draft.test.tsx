import { screen, waitFor } from '@testing-library/react';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { settledCloud } from './test/page';

const drafts = () => Object.keys(sessionStorage).filter((key) => key.startsWith('snapshot-dashboard.launch-draft:'));

describe('Launch Instance: the draft survives a reload', () => {
  it('keeps what was typed through a reload, holds no token, and is forgotten on Cancel', async () => {
    const first = await renderApp({ cloud: settledCloud(), route: paths.launch() });
    await first.user.type(await screen.findByLabelText(/^Instance Name/), 'draft-kept');
    await first.user.type(screen.getByLabelText(/^Description/), 'typed before the reload');
    const token = first.store.getState().session?.token ?? '';
    first.unmount();

    const second = await renderApp({ cloud: settledCloud(), route: paths.launch() });
    expect(await screen.findByLabelText(/^Instance Name/)).toHaveValue('draft-kept');
    expect(screen.getByLabelText(/^Description/)).toHaveValue('typed before the reload');
    expect(drafts()).toHaveLength(1);
    expect(sessionStorage.getItem(drafts()[0] ?? '')).not.toContain(token);

    await second.user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(second.location()).toBe(paths.instances));
    expect(drafts()).toHaveLength(0);
  });
});
