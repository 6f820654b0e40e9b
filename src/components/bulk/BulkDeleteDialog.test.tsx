import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { expectNoAxeViolations } from '../../../tests/axe';
import { renderWithProviders } from '../../../tests/render';
import { BulkDeleteDialog, type BulkDeleteDialogProps, type BulkDeleteSummary } from './BulkDeleteDialog';
import { findDialog } from '../../../tests/find-dialog';

interface Snapshot {
  id: string;
  name: string;
  protected?: boolean;
}

const rows: Snapshot[] = [
  { id: '1', name: 'snap-a' },
  { id: '2', name: 'snap-b' },
  { id: '3', name: 'snap-locked', protected: true },
  { id: '4', name: 'snap-c' },
];

type Overrides = Partial<BulkDeleteDialogProps<Snapshot>>;
type DeleteOne = BulkDeleteDialogProps<Snapshot>['deleteOne'];

function Harness(overrides: Overrides) {
  const [open, setOpen] = useState(false);
  return (
    <main>
      <button type="button" onClick={() => setOpen(true)}>
        Delete Images
      </button>
      <BulkDeleteDialog<Snapshot>
        open={open}
        onOpenChange={setOpen}
        rows={rows}
        getRowId={(row) => row.id}
        rowName={(row) => row.name}
        skippedReason={(row) => (row.protected ? 'The image is protected.' : null)}
        title="Confirm Delete Images"
        warning="Deleted images are not recoverable."
        confirmLabel="Delete Images"
        deleteOne={() => Promise.resolve()}
        describeError={(error) => (error instanceof Error ? error.message : String(error))}
        onFinished={() => {}}
        {...overrides}
      />
    </main>
  );
}

async function openDialog(overrides: Overrides = {}) {
  const result = renderWithProviders(<Harness {...overrides} />);
  await result.user.click(screen.getByRole('button', { name: 'Delete Images' }));
  const dialog = await findDialog('Confirm Delete Images');
  return { ...result, dialog };
}

function listedNames(heading: RegExp): string[] {
  const section = screen.getByText(heading).closest('section');
  if (!section) throw new Error(`no section for ${heading}`);
  return within(section)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('BulkDeleteDialog', () => {
  it('names every row to delete, lists the skipped ones with their reason, and warns', async () => {
    const { dialog } = await openDialog();
    expect(within(dialog).getByText('You have selected 3 items. They will be deleted:')).toBeInTheDocument();
    expect(listedNames(/will be deleted/)).toEqual(['snap-a', 'snap-b', 'snap-c']);
    expect(listedNames(/will not be deleted/)).toEqual(['snap-lockedThe image is protected.']);
    expect(within(dialog).getByText('Deleted images are not recoverable.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expectNoAxeViolations(document.body);
  });

  it('cancels with Escape in the confirm stage and deletes nothing', async () => {
    const deleteOne = vi.fn<DeleteOne>(() => Promise.resolve());
    const { user } = await openDialog({ deleteOne });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(deleteOne).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Delete Images' })).toHaveFocus();
  });

  it('shows progress while running and cannot be closed', async () => {
    const gates: Array<() => void> = [];
    const deleteOne = vi.fn<DeleteOne>(() => new Promise<void>((resolve) => gates.push(resolve)));
    const { user, dialog } = await openDialog({ deleteOne, concurrency: 2 });
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));

    const bar = await screen.findByRole('progressbar', { name: 'Deletion progress' });
    expect(screen.getByText('Deleting 0 of 3')).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuemax', '3');
    expect(deleteOne).toHaveBeenCalledTimes(2);

    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close dialog' })).toBeDisabled();

    gates[0]?.();
    expect(await screen.findByText('Deleting 1 of 3')).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '1');
    gates[1]?.();
    await waitFor(() => expect(deleteOne).toHaveBeenCalledTimes(3));
    gates[2]?.();
    expect(await screen.findByText('Deleted 3 items:')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close' })).toBeEnabled();
  });

  it('summarises a partial failure: deleted, failed with the reason, skipped with the reason', async () => {
    const onFinished = vi.fn<(summary: BulkDeleteSummary<Snapshot>) => void>();
    const deleteOne = (row: Snapshot) =>
      row.name === 'snap-b' ? Promise.reject(new Error('Image snap-b is in use by an instance.')) : Promise.resolve();
    const { user, dialog } = await openDialog({ deleteOne, onFinished });
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));

    expect(await screen.findByText('Deleted 2 items:')).toBeInTheDocument();
    expect(dialog).toHaveAccessibleName('Delete results');
    expect(listedNames(/^Deleted 2 items/)).toEqual(['snap-a', 'snap-c']);
    expect(listedNames(/could not be deleted/)).toEqual(['snap-bImage snap-b is in use by an instance.']);
    expect(listedNames(/was skipped/)).toEqual(['snap-lockedThe image is protected.']);
    expect(onFinished).toHaveBeenCalledOnce();
    const summary = onFinished.mock.calls[0]?.[0];
    expect(summary?.deleted.map((row) => row.name)).toEqual(['snap-a', 'snap-c']);
    expect(summary?.failed).toEqual([{ row: rows[1], reason: 'Image snap-b is in use by an instance.' }]);
    expect(summary?.skipped).toEqual([{ row: rows[2], reason: 'The image is protected.' }]);
    await expectNoAxeViolations(document.body);

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('lists rows refused for an ended session as not done, and Retry these sends exactly those once', async () => {
    const ended = new Error('session ended');
    let refuse = true;
    const deleteOne = vi.fn<DeleteOne>((row) => (refuse && row.name !== 'snap-a' ? Promise.reject(ended) : Promise.resolve()));
    const onFinished = vi.fn<(summary: BulkDeleteSummary<Snapshot>) => void>();
    const { user, dialog } = await openDialog({ deleteOne, onFinished, retryable: (error) => error === ended });
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));

    expect(
      await screen.findByText('Not done: the session ended before 2 items could be deleted. Sign in again, then choose Retry these:'),
    ).toBeInTheDocument();
    expect(listedNames(/^Not done/)).toEqual(['snap-b', 'snap-c']);
    expect(screen.queryByText(/could not be deleted/)).not.toBeInTheDocument();
    expect(onFinished.mock.calls[0]?.[0].notDone.map((row) => row.name)).toEqual(['snap-b', 'snap-c']);
    await expectNoAxeViolations(document.body);

    refuse = false;
    deleteOne.mockClear();
    await user.dblClick(screen.getByRole('button', { name: 'Retry these' }));
    expect(await screen.findByText('Deleted 3 items:')).toBeInTheDocument();
    expect(deleteOne.mock.calls.map(([row]) => row.name)).toEqual(['snap-b', 'snap-c']);
    expect(screen.queryByRole('button', { name: 'Retry these' })).not.toBeInTheDocument();
    expect(onFinished).toHaveBeenCalledTimes(2);
    expect(onFinished.mock.calls[1]?.[0].deleted.map((row) => row.name)).toEqual(['snap-a', 'snap-b', 'snap-c']);
  });

  it('never offers again a delete the cloud accepted, even when waiting for it then hit an ended session', async () => {
    const ended = new Error('session ended');
    const { user, dialog } = await openDialog({
      settleOne: (row) => (row.name === 'snap-b' ? Promise.reject(ended) : Promise.resolve()),
      describeError: () => 'The session ended while waiting.',
      retryable: (error) => error === ended,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    expect(await screen.findByText('1 item could not be deleted:')).toBeInTheDocument();
    expect(listedNames(/could not be deleted/)).toEqual(['snap-bThe session ended while waiting.']);
    expect(screen.queryByRole('button', { name: 'Retry these' })).not.toBeInTheDocument();
  });

  it('offers the extra option off by default and passes the choice through', async () => {
    const deleteOne = vi.fn<DeleteOne>(() => Promise.resolve());
    const extraOption = {
      label: 'Also delete the linked volume snapshots',
      description: 'snap-a uses 2 volume snapshots.',
      defaultChecked: false as const,
    };
    const { user, dialog } = await openDialog({ deleteOne, extraOption });
    const checkbox = within(dialog).getByRole('checkbox', { name: 'Also delete the linked volume snapshots' });
    expect(checkbox).not.toBeChecked();
    expect(checkbox).toHaveAccessibleDescription('snap-a uses 2 volume snapshots.');
    await user.click(checkbox);
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    await screen.findByText('Deleted 3 items:');
    expect(deleteOne.mock.calls.map(([row, options]) => [row.name, options.extra])).toEqual([
      ['snap-a', true],
      ['snap-b', true],
      ['snap-c', true],
    ]);
  });

  it('passes extra: false when the option is left alone', async () => {
    const deleteOne = vi.fn<DeleteOne>(() => Promise.resolve());
    const { user, dialog } = await openDialog({ deleteOne, extraOption: { label: 'Also delete linked', defaultChecked: false } });
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    await screen.findByText('Deleted 3 items:');
    expect(deleteOne.mock.calls.every(([, options]) => !options.extra)).toBe(true);
  });

  it('starts one run only on a double click', async () => {
    const deleteOne = vi.fn<DeleteOne>(() => Promise.resolve());
    const onFinished = vi.fn<(summary: BulkDeleteSummary<Snapshot>) => void>();
    const { user, dialog } = await openDialog({ deleteOne, onFinished });
    await user.dblClick(within(dialog).getByRole('button', { name: 'Delete Images' }));
    await screen.findByText('Deleted 3 items:');
    expect(deleteOne).toHaveBeenCalledTimes(3);
    expect(onFinished).toHaveBeenCalledOnce();
  });

  it('starts fresh when opened again', async () => {
    const { user, dialog } = await openDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    await user.click(await screen.findByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    expect(await screen.findByText('You have selected 3 items. They will be deleted:')).toBeInTheDocument();
  });

  it('says all were deleted when nothing failed or was skipped', async () => {
    const { user, dialog } = await openDialog({ skippedReason: () => null });
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    expect(await screen.findByText('All 4 items were deleted.')).toBeInTheDocument();
    expect(screen.getByText('All 4 items were deleted.').closest('[tabindex="-1"]')).toHaveFocus();
  });

  it('cannot delete when every row is skipped', async () => {
    const { dialog } = await openDialog({ skippedReason: () => 'The snapshot has dependent volumes.' });
    expect(within(dialog).getByText('None of the selected items can be deleted.')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Delete Images' })).toBeDisabled();
  });
});
