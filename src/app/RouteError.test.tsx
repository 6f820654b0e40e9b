import { render, screen } from '@testing-library/react';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { I18nProvider } from '@/i18n';
import { RouteError } from './RouteError';

function Broken(): never {
  throw new Error('External navigation is not allowed');
}

describe('RouteError', () => {
  it('says what happened in the product’s words, with a way back and no stack trace', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const router = createMemoryRouter([{ errorElement: <RouteError />, children: [{ path: '/', element: <Broken /> }] }]);
    render(
      <I18nProvider locale="en">
        <RouterProvider router={router} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'This page could not be shown' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Instances' })).toHaveAttribute('href', '/project/instances');
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.queryByText(/External navigation|Unexpected Application Error|at Broken/)).not.toBeInTheDocument();
  });
});
