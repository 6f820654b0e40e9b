import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { ToastProvider } from '@/components/toast/ToastProvider';
import { I18nProvider } from '@/i18n';

export interface RenderWithProvidersOptions {
  /** The URL the memory router starts at. */
  route?: string;
}

export interface RenderWithProvidersResult extends RenderResult {
  router: ReturnType<typeof createMemoryRouter>;
  user: UserEvent;
}

/** Renders `ui` inside English i18n, a memory data router and the toast provider. */
export function renderWithProviders(ui: ReactNode, { route = '/' }: RenderWithProvidersOptions = {}): RenderWithProvidersResult {
  const router = createMemoryRouter([{ path: '*', element: <ToastProvider>{ui}</ToastProvider> }], {
    initialEntries: [route],
  });
  const result = render(
    <I18nProvider locale="en">
      <RouterProvider router={router} />
    </I18nProvider>,
  );
  return { ...result, router, user: userEvent.setup({ delay: null }) };
}
