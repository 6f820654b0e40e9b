import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { expectNoAxeViolations } from '../../../tests/axe';
import { renderWithProviders } from '../../../tests/render';
import { DataTable, type DataTableColumn, type TableSort } from './DataTable';

interface Server {
  id: string;
  name: string;
  status: string;
  locked?: boolean;
}

const columns: Array<DataTableColumn<Server>> = [
  { id: 'name', header: 'Name', cell: (row) => row.name, sortKey: 'name', rowHeader: true },
  { id: 'status', header: 'Status', cell: (row) => row.status },
  { id: 'created', header: 'Created', cell: () => 'today', sortKey: 'created_at', align: 'end' },
];

const servers: Server[] = [
  { id: 'a', name: 'web-1', status: 'Active' },
  { id: 'b', name: 'web-2', status: 'Active' },
  { id: 'c', name: 'db-1', status: 'Active', locked: true },
];

const detailsOf = (row: Server) => (row.name === 'web-2' ? null : <p>Flavor of {row.name}: m1.small</p>);
const actionsOf = (row: Server) => <button type="button">Create Snapshot of {row.name}</button>;

function many(count: number): Server[] {
  return Array.from({ length: count }, (_, index) => ({ id: `s${index}`, name: `vm-${index}`, status: 'Active' }));
}

function Harness({ rows = servers, initialSort = null, onSort }: { rows?: Server[]; initialSort?: TableSort | null; onSort?: (sort: TableSort) => void }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [sort, setSort] = useState<TableSort | null>(initialSort);
  return (
    <>
      <p>Selected: {[...selected].join(',') || 'none'}</p>
      <DataTable
        caption="Instances"
        rows={rows}
        getRowId={(row) => row.id}
        columns={columns}
        sort={sort}
        onSortChange={(next) => {
          setSort(next);
          onSort?.(next);
        }}
        selection={{
          selected,
          onChange: setSelected,
          rowLabel: (row) => `Select ${row.name}`,
          disabledReason: (row) => (row.locked ? 'The instance is locked.' : null),
        }}
        rowName={(row) => row.name}
        expandedRow={detailsOf}
        rowActions={actionsOf}
      />
    </>
  );
}

describe('DataTable', () => {
  it('is a named table with a row per item and no axe violations', async () => {
    const { container } = renderWithProviders(<Harness />);
    const table = screen.getByRole('table', { name: 'Instances' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('rowheader', { name: 'web-1' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Actions' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('sorts through header buttons and reports aria-sort', async () => {
    const onSort = vi.fn<(sort: TableSort) => void>();
    const { user } = renderWithProviders(<Harness initialSort={{ key: 'created_at', dir: 'desc' }} onSort={onSort} />);
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Status' })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'name', dir: 'asc' });
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /Name/ }));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'name', dir: 'desc' });
  });

  it('selects rows, and the header checkbox goes none → some → all over selectable rows', async () => {
    const { user } = renderWithProviders(<Harness />);
    const all = screen.getByRole('checkbox', { name: 'Select all rows on this page' });
    expect(all).not.toBeChecked();
    expect(all).not.toBePartiallyChecked();

    await user.click(screen.getByRole('checkbox', { name: 'Select web-1' }));
    expect(screen.getByText('Selected: a')).toBeInTheDocument();
    expect(all).toBePartiallyChecked();
    expect(screen.getByRole('row', { name: /web-1/ })).toHaveClass('data-table__row--selected');

    await user.click(all);
    expect(screen.getByText('Selected: a,b')).toBeInTheDocument();
    expect(all).toBeChecked();

    await user.click(all);
    expect(screen.getByText('Selected: none')).toBeInTheDocument();
  });

  it('disables a row checkbox and says why', () => {
    renderWithProviders(<Harness />);
    const locked = screen.getByRole('checkbox', { name: 'Select db-1' });
    expect(locked).toBeDisabled();
    expect(locked).toHaveAttribute('title', 'The instance is locked.');
    expect(locked).toHaveAccessibleDescription('The instance is locked.');
  });

  it('expands a row behind a disclosure button', async () => {
    const { user } = renderWithProviders(<Harness />);
    const toggle = screen.getByRole('button', { name: 'Details of web-1' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Details of web-2' })).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Flavor of web-1: m1.small')).toBeVisible();
    await user.click(toggle);
    expect(screen.queryByText('Flavor of web-1: m1.small')).not.toBeInTheDocument();
  });

  it('shows skeleton rows while loading, then the empty message, then an error', () => {
    const props = { caption: 'Images', getRowId: (row: Server) => row.id, columns } as const;
    const first = renderWithProviders(<DataTable {...props} rows={[]} isLoading />);
    expect(screen.getByRole('table', { name: 'Images' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    first.unmount();

    const second = renderWithProviders(<DataTable {...props} rows={[]} />);
    expect(screen.getByText('No items to display.')).toBeInTheDocument();
    second.unmount();

    renderWithProviders(<DataTable {...props} rows={servers} error={<p role="alert">Glance is down</p>} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Glance is down');
    expect(screen.queryByText('web-1')).not.toBeInTheDocument();
  });

  it('renders every row up to 100 and only a window of a 1,000-row page', async () => {
    const small = renderWithProviders(<Harness rows={many(100)} />);
    expect(screen.getAllByRole('checkbox', { name: /^Select vm-/ })).toHaveLength(100);
    small.unmount();

    const { container, user } = renderWithProviders(<Harness rows={many(1000)} />);
    const table = screen.getByRole('table', { name: 'Instances' });
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const rendered = screen.getAllByRole('checkbox', { name: /^Select vm-/ });
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(100);
    expect(screen.queryByRole('checkbox', { name: 'Select vm-500' })).not.toBeInTheDocument();
    const scroller = screen.getByRole('region', { name: 'Instances' });
    scroller.scrollTop = 45 * 500;
    fireEvent.scroll(scroller);
    expect(await screen.findByRole('checkbox', { name: 'Select vm-500' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Select vm-0' })).not.toBeInTheDocument();
    // Selecting the page still selects all 1,000, not just the rendered ones.
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(screen.getByText(/^Selected: s0,s1,/).textContent?.split(',')).toHaveLength(1000);
    await expectNoAxeViolations(container);
  });
});
