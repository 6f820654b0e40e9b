import { screen, waitFor } from '@testing-library/react';
import { useRef, useState } from 'react';
import { expectNoAxeViolations } from '../../../tests/axe';
import { renderWithProviders } from '../../../tests/render';
import { Dialog } from './Dialog';
import { findDialog } from '../../../tests/find-dialog';

/** A confirm dialog as the panels build one on `Dialog`: Cancel focused first, busy while the work runs. */
function Harness({ onConfirm, busyAfterConfirm = false }: { onConfirm: () => void; busyAfterConfirm?: boolean }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete web-1
      </button>
      <Dialog
        open={open}
        onOpenChange={setOpen}
        title="Confirm Delete Image"
        description={<p>You have selected: web-1. Deleted images are not recoverable.</p>}
        busy={busy}
        size="small"
        initialFocus={cancelRef}
        footer={
          <>
            <button ref={cancelRef} type="button" className="button" disabled={busy} onClick={() => setOpen(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                onConfirm();
                if (busyAfterConfirm) setBusy(true);
                else setOpen(false);
              }}
            >
              Delete Image
            </button>
          </>
        }
      />
    </>
  );
}

describe('Dialog as a confirmation', () => {
  it('names what will happen, focuses Cancel, and returns focus on Escape', async () => {
    const onConfirm = vi.fn<() => void>();
    const { user } = renderWithProviders(<Harness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Delete web-1' });
    await user.click(opener);
    const dialog = await findDialog('Confirm Delete Image');
    expect(dialog).toHaveAccessibleDescription(/Deleted images are not recoverable/);
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expectNoAxeViolations(document.body);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(opener).toHaveFocus();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('traps focus inside the dialog', async () => {
    const { user } = renderWithProviders(<Harness onConfirm={vi.fn<() => void>()} />);
    await user.click(screen.getByRole('button', { name: 'Delete web-1' }));
    const dialog = await findDialog();
    for (let step = 0; step < 5; step += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });

  it('cannot be closed while busy', async () => {
    const { user } = renderWithProviders(<Harness onConfirm={vi.fn<() => void>()} busyAfterConfirm />);
    await user.click(screen.getByRole('button', { name: 'Delete web-1' }));
    await user.click(await screen.findByRole('button', { name: 'Delete Image' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled());
    expect(screen.getByRole('button', { name: 'Close dialog' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('Dialog', () => {
  it('closes with its × button', async () => {
    function Open() {
      const [open, setOpen] = useState(true);
      return (
        <Dialog open={open} onOpenChange={setOpen} title="Create Snapshot" description="Name the snapshot.">
          <input aria-label="Snapshot Name" />
        </Dialog>
      );
    }
    const { user } = renderWithProviders(<Open />);
    const dialog = await findDialog('Create Snapshot');
    expect(dialog).toHaveAccessibleDescription('Name the snapshot.');
    await user.click(screen.getByRole('button', { name: 'Close dialog' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
