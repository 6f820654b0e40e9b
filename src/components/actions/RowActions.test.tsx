import { screen, waitFor, within } from '@testing-library/react';
import { expectNoAxeViolations } from '../../../tests/axe';
import { renderWithProviders } from '../../../tests/render';
import { RowActions } from './RowActions';
import type { RowAction } from './types';

interface Image {
  name: string;
  protected: boolean;
}

function actionsFor(log: string[]): Array<RowAction<Image>> {
  return [
    { id: 'launch', label: 'Launch', allowed: () => true, run: (row) => log.push(`launch ${row.name}`) },
    { id: 'edit', label: 'Edit Image', allowed: () => true, run: (row) => log.push(`edit ${row.name}`) },
    { id: 'volume', label: 'Create Volume', allowed: () => true, run: (row) => log.push(`volume ${row.name}`) },
    {
      id: 'delete',
      label: 'Delete Image',
      danger: true,
      allowed: (row) => (row.protected ? 'The image is protected.' : true),
      run: (row) => log.push(`delete ${row.name}`),
    },
  ];
}

function setup(image: Image = { name: 'web-1', protected: true }) {
  const log: string[] = [];
  const result = renderWithProviders(
    <main>
      <table>
        <caption>Images</caption>
        <tbody>
          <tr>
            <td>
              <RowActions row={image} actions={actionsFor(log)} name={image.name} />
            </td>
          </tr>
        </tbody>
      </table>
    </main>,
  );
  return { log, ...result };
}

describe('RowActions', () => {
  it('runs the primary action from its button', async () => {
    const { log, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Launch' }));
    expect(log).toEqual(['launch web-1']);
  });

  it('opens a menu with the rest; a disallowed one is disabled and says why', async () => {
    const { log, user, container } = setup();
    const trigger = screen.getByRole('button', { name: 'More actions for web-1' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    await user.click(trigger);
    const menu = screen.getByRole('menu', { name: 'Actions for web-1' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual(['Edit Image', 'Create Volume', 'Delete ImageThe image is protected.']);
    const remove = within(menu).getByRole('menuitem', { name: 'Delete Image' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAttribute('title', 'The image is protected.');
    expect(remove).toHaveAccessibleDescription('The image is protected.');
    await expectNoAxeViolations(container.ownerDocument.body);
    await user.click(remove);
    expect(log).toEqual([]);
    expect(screen.getByRole('menu')).toBeInTheDocument();
  });

  it('moves with arrow keys, wraps, and Escape closes and returns focus', async () => {
    const { user } = setup();
    const trigger = screen.getByRole('button', { name: 'More actions for web-1' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('menuitem', { name: 'Edit Image' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Create Volume' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Edit Image' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Delete Image' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('menuitem', { name: 'Edit Image' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('runs a menu action with Enter, closes, and focuses the menu button', async () => {
    const { log, user } = setup({ name: 'web-2', protected: false });
    const trigger = screen.getByRole('button', { name: 'More actions for web-2' });
    trigger.focus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Delete Image' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(log).toEqual(['delete web-2']);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it('closes on a click outside', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'More actions for web-1' }));
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(document.body);
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  });

  it('disables the primary action with its reason', async () => {
    const log: string[] = [];
    const [, , , remove] = actionsFor(log);
    const { user } = renderWithProviders(<RowActions row={{ name: 'web-1', protected: true }} actions={[remove!]} name="web-1" />);
    const button = screen.getByRole('button', { name: 'Delete Image' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('The image is protected.');
    expect(button).toHaveAttribute('title', 'The image is protected.');
    expect(screen.queryByRole('button', { name: /More actions/ })).not.toBeInTheDocument();
    await user.click(button);
    expect(log).toEqual([]);
  });
});
