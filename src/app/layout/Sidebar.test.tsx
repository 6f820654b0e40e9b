import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { I18nProvider } from '@/i18n';
import { panelModules } from '../panel-modules';
import { Sidebar } from './Sidebar';

/** A loader that never finishes: the test only counts the downloads started. */
function spyOnLoader(panel: 'instances' | 'images' | 'policies' | 'volumeSnapshots') {
  return vi.spyOn(panelModules, panel).mockImplementation(() => new Promise(() => undefined));
}

afterEach(() => vi.restoreAllMocks());

describe('the navigation', () => {
  it('fetches a panel’s code when the pointer or the keyboard reaches its link, once', async () => {
    const loads = {
      instances: spyOnLoader('instances'),
      images: spyOnLoader('images'),
      policies: spyOnLoader('policies'),
      volumeSnapshots: spyOnLoader('volumeSnapshots'),
    };
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <I18nProvider>
          <Sidebar id="nav" open={false} onClose={() => undefined} />
        </I18nProvider>
      </MemoryRouter>,
    );
    expect(Object.values(loads).every((spy) => spy.mock.calls.length === 0)).toBe(true);
    await user.hover(screen.getByRole('link', { name: 'Images' }));
    expect(loads.images).toHaveBeenCalledTimes(1);
    await user.unhover(screen.getByRole('link', { name: 'Images' }));
    await user.hover(screen.getByRole('link', { name: 'Images' }));
    expect(loads.images).toHaveBeenCalledTimes(1);
    screen.getByRole('link', { name: 'Snapshots' }).focus();
    expect(loads.volumeSnapshots).toHaveBeenCalledTimes(1);
    expect(loads.instances).not.toHaveBeenCalled();
    expect(loads.policies).not.toHaveBeenCalled();
  });
});
