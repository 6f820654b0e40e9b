import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../tests/render';
import { Pager } from './Pager';

function setup(overrides: Partial<Parameters<typeof Pager>[0]> = {}) {
  const props = {
    paging: { hasPrevious: false, hasNext: true, goPrevious: vi.fn<() => void>(), goNext: vi.fn<() => void>() },
    pageSize: 20,
    pageSizes: [20, 50, 100, 1000],
    onPageSizeChange: vi.fn<(size: number) => void>(),
    count: 20,
    ...overrides,
  };
  return { props, ...renderWithProviders(<Pager {...props} />) };
}

describe('Pager', () => {
  it('is a labelled navigation with the summary', () => {
    setup();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    expect(nav).toHaveTextContent('Displaying 20 items');
    expect(screen.getByRole('button', { name: 'Prev' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
  });

  it('pages and changes the page size', async () => {
    const paging = { hasPrevious: true, hasNext: true, goPrevious: vi.fn<() => void>(), goNext: vi.fn<() => void>() };
    const { props, user } = setup({ paging });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Prev' }));
    expect(props.paging.goNext).toHaveBeenCalledOnce();
    expect(props.paging.goPrevious).toHaveBeenCalledOnce();
    const size = screen.getByRole('combobox', { name: 'Items per page' });
    expect(size).toHaveValue('20');
    await user.selectOptions(size, '1000');
    expect(props.onPageSizeChange).toHaveBeenCalledWith(1000);
    expect(screen.getByRole('option', { name: '1,000' })).toBeInTheDocument();
  });
});
