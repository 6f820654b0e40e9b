import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../tests/render';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { FieldError } from './FieldError';

describe('ErrorState', () => {
  it('shows the message, the request id and a retry button', async () => {
    const onRetry = vi.fn<() => void>();
    const { user } = renderWithProviders(<ErrorState message="Image (Glance) failed: 503" requestId="req-42" onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('Image (Glance) failed: 503');
    expect(alert).toHaveTextContent('Request ID: req-42');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('has no retry button without onRetry', () => {
    renderWithProviders(<ErrorState title="Could not load images." message="Forbidden" />);
    expect(screen.getByText('Could not load images.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('EmptyState', () => {
  it('shows a title, body and action', () => {
    renderWithProviders(<EmptyState title="No snapshots yet" body="Take one from the Instances panel." action={<button type="button">Create Snapshot</button>} />);
    expect(screen.getByText('No snapshots yet')).toBeInTheDocument();
    expect(screen.getByText('Take one from the Instances panel.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create Snapshot' })).toBeInTheDocument();
  });
});

describe('FieldError', () => {
  it('describes its input, and renders nothing without a message', () => {
    renderWithProviders(
      <>
        <input aria-label="Snapshot Name" aria-invalid="true" aria-describedby="name-error" />
        <FieldError id="name-error">A name is required.</FieldError>
        <FieldError id="other-error">{null}</FieldError>
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Snapshot Name' })).toHaveAccessibleDescription('A name is required.');
    expect(document.getElementById('other-error')).toBeNull();
  });
});
