import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { I18nProvider } from '@/i18n';
import { renderWithProviders } from '../../../tests/render';
import { useToast, type ToastInput } from './toast-context';
import { toastTimeoutMs } from './Toast';
import { ToastProvider } from './ToastProvider';
import { ToastViewport } from './ToastViewport';

function Raise({ input }: { input: ToastInput }) {
  const { toast } = useToast();
  return (
    <button type="button" onClick={() => toast(input)}>
      raise
    </button>
  );
}

const politeRegion = () => document.querySelector<HTMLElement>('[aria-live="polite"]')!;
const assertiveRegion = () => document.querySelector<HTMLElement>('[aria-live="assertive"]')!;

describe('toasts', () => {
  it('announces success politely with a client-side link, and leaves after 8 s', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user, router } = renderWithProviders(
        <Raise input={{ tone: 'success', title: 'Snapshot requested', body: 'web-1 is being saved.', link: { to: '/project/images', label: 'View images' } }} />,
      );
      expect(screen.getByRole('region', { name: 'Notifications' })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'raise' }));
      const polite = politeRegion();
      expect(within(polite).getByText('Snapshot requested')).toBeInTheDocument();
      expect(within(polite).getByText('web-1 is being saved.')).toBeInTheDocument();
      expect(within(assertiveRegion()).queryByText('Snapshot requested')).not.toBeInTheDocument();

      await user.click(within(polite).getByRole('link', { name: 'View images' }));
      expect(router.state.location.pathname).toBe('/project/images');

      await user.click(screen.getByRole('button', { name: 'raise' }));
      expect(within(polite).getByText('Snapshot requested')).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(toastTimeoutMs + 10));
      expect(within(polite).queryByText('Snapshot requested')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts errors in the assertive region and keeps them until dismissed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const { user } = renderWithProviders(<Raise input={{ tone: 'error', title: 'Delete failed', body: 'The image is protected.' }} />);
      await user.click(screen.getByRole('button', { name: 'raise' }));
      const assertive = assertiveRegion();
      expect(within(assertive).getByText('Delete failed')).toBeInTheDocument();
      act(() => vi.advanceTimersByTime(toastTimeoutMs * 3));
      expect(within(assertive).getByText('Delete failed')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Dismiss notification: Delete failed' }));
      expect(within(assertive).queryByText('Delete failed')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('renders in a ToastViewport inside the router when the provider sits outside it', async () => {
    const router = createMemoryRouter(
      [
        {
          path: '*',
          element: (
            <>
              <Raise input={{ tone: 'info', title: 'Copied', link: { to: '/elsewhere', label: 'Open' } }} />
              <ToastViewport />
            </>
          ),
        },
      ],
      { initialEntries: ['/'] },
    );
    render(
      <I18nProvider locale="en">
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </I18nProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getAllByRole('region', { name: 'Notifications' })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'raise' }));
    await user.click(screen.getByRole('link', { name: 'Open' }));
    expect(router.state.location.pathname).toBe('/elsewhere');
  });
});
