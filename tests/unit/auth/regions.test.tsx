import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { renderApp } from '../../app-harness';

describe('regions', () => {
  afterEach(() => localStorage.clear());

  it('offers the catalog regions in the header and switches the session to the chosen one', async () => {
    const cloud = createMockCloud({ regions: ['RegionOne', 'RegionTwo'] });
    const { user, store } = await renderApp({ cloud });
    const select = await screen.findByRole('combobox', { name: 'Switch region' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['RegionOne', 'RegionTwo']);
    expect(select).toHaveValue('RegionOne');
    await user.selectOptions(select, 'RegionTwo');
    await waitFor(() => expect(store.getState().session?.region).toBe('RegionTwo'));
    expect(screen.getByRole('combobox', { name: 'Switch region' })).toHaveValue('RegionTwo');
  });

  it('shows a Region field on the login form once a cloud has shown several', async () => {
    const cloud = createMockCloud({ regions: ['RegionOne', 'RegionTwo'] });
    const { user, location } = await renderApp({ cloud, signedIn: false });
    expect(screen.queryByLabelText('Region')).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Sign In' }));
    await waitFor(() => expect(location()).toBe('/project/instances'));
    const header = await screen.findByRole('group', { name: /User menu for demo/ });
    await user.click(within(header).getByRole('button', { name: 'Sign Out' }));
    const region = await screen.findByLabelText('Region');
    expect(within(region).getAllByRole('option').map((option) => option.textContent)).toEqual(['RegionOne', 'RegionTwo']);
    await user.selectOptions(region, 'RegionTwo');
    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    await waitFor(() => expect(location()).toBe('/project/instances'));
    expect(await screen.findByRole('combobox', { name: 'Switch region' })).toHaveValue('RegionTwo');
  });

  it('shows a single region as plain text', async () => {
    await renderApp();
    expect(await screen.findByText('Region: RegionOne')).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Switch region' })).not.toBeInTheDocument();
  });
});
