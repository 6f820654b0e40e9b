import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../tests/render';
import { BatchActions } from './BatchActions';
import { partitionAllowed, type BatchAction } from './types';

interface Image {
  name: string;
  protected: boolean;
}

const images: Image[] = [
  { name: 'a', protected: false },
  { name: 'b', protected: true },
  { name: 'c', protected: true },
];

function deleteAction(run: (rows: Image[]) => void): BatchAction<Image> {
  return {
    id: 'delete',
    label: 'Delete Images',
    danger: true,
    allowed: (row) => (row.protected ? 'The image is protected.' : true),
    run,
  };
}

describe('BatchActions', () => {
  it('shows the count and how many will be skipped and why', async () => {
    const run = vi.fn<(rows: Image[]) => void>();
    const { user } = renderWithProviders(<BatchActions selected={images} actions={[deleteAction(run)]} />);
    const toolbar = screen.getByRole('toolbar', { name: 'Actions on selected rows' });
    expect(toolbar).toHaveTextContent('3 selected');
    const button = screen.getByRole('button', { name: 'Delete Images' });
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(button).toHaveAccessibleDescription('2 of the selected will be skipped: The image is protected');
    await user.click(button);
    expect(run).toHaveBeenCalledWith(images);
    expect(partitionAllowed(deleteAction(run), images).skipped.map((entry) => entry.row.name)).toEqual(['b', 'c']);
  });

  it('is unavailable with nothing selected or nothing allowed', async () => {
    const run = vi.fn<(rows: Image[]) => void>();
    const first = renderWithProviders(<BatchActions selected={[]} actions={[deleteAction(run)]} />);
    const button = screen.getByRole('button', { name: 'Delete Images' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('Select rows to act on them.');
    await first.user.click(button);
    first.unmount();

    const second = renderWithProviders(<BatchActions selected={images.slice(1)} actions={[deleteAction(run)]} />);
    const blocked = screen.getByRole('button', { name: 'Delete Images' });
    expect(blocked).toHaveAttribute('aria-disabled', 'true');
    expect(blocked).toHaveAccessibleDescription('None of the selected can be deleted: The image is protected');
    await second.user.click(blocked);
    expect(run).not.toHaveBeenCalled();
  });

  it('says "changed" for an action other than delete that none of the selected allows', () => {
    const share: BatchAction<Image> = { id: 'share', label: 'Share', allowed: () => 'Not shareable.', run: vi.fn<(rows: Image[]) => void>() };
    renderWithProviders(<BatchActions selected={images} actions={[share]} />);
    expect(screen.getByRole('button', { name: 'Share' })).toHaveAccessibleDescription('None of the selected can be changed: Not shareable');
  });

  it('is one tab stop, with arrow keys between buttons', async () => {
    const other: BatchAction<Image> = { id: 'share', label: 'Share', allowed: () => true, run: vi.fn<(rows: Image[]) => void>() };
    const { user } = renderWithProviders(<BatchActions selected={images} actions={[deleteAction(vi.fn<(rows: Image[]) => void>()), other]} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete Images' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Share' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Delete Images' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab();
    expect(screen.getByRole('button', { name: 'Delete Images' })).toHaveFocus();
  });
});
