import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../tests/render';
import { QuotaBar } from './QuotaBar';

const gb = (value: number) => `${value} GB`;

describe('QuotaBar', () => {
  it('shows used, this request and what is left as a meter', () => {
    renderWithProviders(<QuotaBar label="Volume storage" used={40} requested={10} limit={100} format={gb} />);
    const meter = screen.getByRole('meter', { name: 'Volume storage' });
    expect(meter).toHaveAttribute('aria-valuemax', '100');
    expect(meter).toHaveAttribute('aria-valuenow', '50');
    expect(meter).toHaveAttribute('aria-valuetext', '50 GB of 100 GB');
    expect(screen.getByText('Used 40 GB of 100 GB')).toBeInTheDocument();
    expect(screen.getByText('This request: 10 GB')).toBeInTheDocument();
    expect(screen.getByText('50 GB left after this request')).toBeInTheDocument();
  });

  it('says "over by" when the request does not fit', () => {
    const { container } = renderWithProviders(<QuotaBar label="Instances" used={9} requested={3} limit={10} />);
    expect(screen.getByText('Over by 2')).toBeInTheDocument();
    const meter = screen.getByRole('meter', { name: 'Instances' });
    expect(meter).toHaveAttribute('aria-valuenow', '10');
    expect(meter).toHaveAttribute('aria-valuetext', '12 of 10, Over by 2');
    expect(container.querySelector('.quota-bar--over')).not.toBeNull();
  });

  it.each([null, -1])('treats a limit of %s as unlimited', (limit) => {
    renderWithProviders(<QuotaBar label="Snapshots" used={7} requested={1} limit={limit} />);
    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
    expect(screen.getByText('Used 7, no limit')).toBeInTheDocument();
    expect(screen.queryByText(/Over by/)).not.toBeInTheDocument();
  });
});
