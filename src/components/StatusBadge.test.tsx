import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../tests/render';
import { Spinner } from './Spinner';
import { StatusBadge } from './StatusBadge';

describe('StatusBadge', () => {
  it('says the status in words, with a tone', () => {
    const { container } = renderWithProviders(<StatusBadge tone="transition" label="Saving" title="image_uploading" />);
    expect(screen.getByText('Saving')).toBeInTheDocument();
    expect(screen.getByTitle('image_uploading')).toHaveClass('status-badge--transition');
    expect(container.querySelector('.status-badge__mark')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('Spinner', () => {
  it('is a status when labelled and decoration otherwise', () => {
    renderWithProviders(
      <>
        <Spinner label="Loading images…" />
        <Spinner />
      </>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading images…');
  });
});
