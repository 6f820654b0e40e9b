import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { findDialog } from '../../../tests/find-dialog';
import { recordLiveRegions } from '../../../tests/live-recording';
import { renderWithProviders } from '../../../tests/render';
import { topicGapMs } from '../toast/use-announcer';
import { BulkDeleteDialog } from './BulkDeleteDialog';

interface Row {
  id: string;
  name: string;
}

const rows: Row[] = [
  { id: '1', name: 'snap-a' },
  { id: '2', name: 'snap-b' },
  { id: '3', name: 'snap-c' },
];

function Harness({ deleteOne }: { deleteOne(row: Row): Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Delete Images
      </button>
      <BulkDeleteDialog<Row>
        open={open}
        onOpenChange={setOpen}
        rows={rows}
        getRowId={(row) => row.id}
        rowName={(row) => row.name}
        skippedReason={() => null}
        title="Confirm Delete Images"
        warning="Deleted images are not recoverable."
        confirmLabel="Delete Images"
        deleteOne={deleteOne}
        describeError={(error) => (error instanceof Error ? error.message : String(error))}
        onFinished={() => {}}
      />
    </main>
  );
}

describe('BulkDeleteDialog: what a screen reader hears', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('speaks each progress step outside the busy dialog, then the result', async () => {
    const gates = new Map<string, { resolve(): void; reject(error: Error): void }>();
    const deleteOne = (row: Row) => new Promise<void>((resolve, reject) => gates.set(row.name, { resolve, reject }));
    const recording = recordLiveRegions();
    const { user } = renderWithProviders(<Harness deleteOne={deleteOne} />);
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await findDialog('Confirm Delete Images');
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    await waitFor(() => expect(gates.size).toBe(3));

    for (const name of ['snap-a', 'snap-b', 'snap-c']) {
      await act(async () => {
        gates.get(name)?.resolve();
        await vi.advanceTimersByTimeAsync(topicGapMs + 100);
      });
    }
    await act(() => vi.advanceTimersByTimeAsync(topicGapMs + 100));

    expect(recording.polite).toEqual(['Deleted 1 of 3', 'Deleted 2 of 3', 'Deleted 3 of 3', 'Done: 3 items deleted.']);
    expect(recording.assertive).toEqual([]);
  });

  it('speaks a failure assertively', async () => {
    const recording = recordLiveRegions();
    const deleteOne = (row: Row) => (row.name === 'snap-b' ? Promise.reject(new Error('in use')) : Promise.resolve());
    const { user } = renderWithProviders(<Harness deleteOne={deleteOne} />);
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await findDialog('Confirm Delete Images');
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    await screen.findByText('Deleted 2 items:');
    await act(() => vi.advanceTimersByTimeAsync(topicGapMs + 100));
    expect(recording.assertive).toEqual(['Done: 2 items deleted. 1 item was not deleted.']);
  });
});
