import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import './ActionMenu.css';

interface ActionMenuItem {
  id: string;
  label: string;
  danger?: boolean;
  /** Shown under the label, and the item does nothing, when set. */
  disabledReason: string | null;
  onSelect(): void;
}

interface ActionMenuProps {
  /** The trigger's name: "More actions for web-1". */
  label: string;
  /** The menu's own name (defaults to `label`). */
  menuLabel?: string;
  items: readonly ActionMenuItem[];
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
}

interface Position {
  top?: number;
  bottom?: number;
  right: number;
}

/**
 * A menu button (WAI-ARIA APG): arrows, Home/End move; Escape or Tab closes and returns
 * focus to the button. Position `fixed` (from the button's rect) so a scrolling table does not clip it,
 * while the menu stays next to its button in the DOM (and inside the page's landmarks).
 */
export function ActionMenu({ label, menuLabel, items }: ActionMenuProps) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<Position>({ right: 0, top: 0 });
  const [initial, setInitial] = useState<'first' | 'last'>('first');
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  }, []);

  const openMenu = (focus: 'first' | 'last') => {
    const rect = triggerRef.current?.getBoundingClientRect();
    if (rect) setPosition({ top: rect.bottom + 4, right: Math.max(4, window.innerWidth - rect.right) });
    setInitial(focus);
    setOpen(true);
  };

  // Flip above the button when there is no room below, then focus the first (or last) item.
  useLayoutEffect(() => {
    if (!open || !menuRef.current) return;
    const trigger = triggerRef.current?.getBoundingClientRect();
    const menu = menuRef.current.getBoundingClientRect();
    if (trigger && trigger.bottom + 4 + menu.height > window.innerHeight && trigger.top - 4 - menu.height > 0) {
      setPosition((current) => ({ right: current.right, bottom: window.innerHeight - trigger.top + 4 }));
    }
    const elements = menuItems(menuRef.current);
    (initial === 'first' ? elements[0] : elements[elements.length - 1])?.focus();
  }, [open, initial]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !triggerRef.current?.contains(target)) close(false);
    };
    // The menu is placed against its button: close it when a scroll moves the button, not on every
    // scroll somewhere on the page (a panel settling right after its first answer scrolls too).
    const placedAt = triggerRef.current?.getBoundingClientRect();
    const onScroll = (event: Event) => {
      if (menuRef.current?.contains(event.target as Node)) return;
      const now = triggerRef.current?.getBoundingClientRect();
      if (!placedAt || !now || now.top !== placedAt.top || now.left !== placedAt.left) close(false);
    };
    const onResize = () => close(false);
    document.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('scroll', onScroll, true);
    window.addEventListener('resize', onResize);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('resize', onResize);
    };
  }, [open, close]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const elements = menuItems(menuRef.current);
    const index = elements.indexOf(document.activeElement as HTMLElement);
    const focusAt = (next: number) => elements[(next + elements.length) % elements.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(index + 1);
        break;
      case 'ArrowUp':
        focusAt(index - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(elements.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        close(true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const select = (item: ActionMenuItem) => {
    if (item.disabledReason) return;
    // Focus goes back to the button before the action runs, so a dialog it opens returns focus there.
    close(true);
    item.onSelect();
  };

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className="button button--small action-menu__trigger"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        <span className="action-menu__caret" aria-hidden="true" />
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          tabIndex={-1}
          aria-label={menuLabel ?? label}
          className="action-menu"
          style={position}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => {
            const labelId = `${menuId}-${item.id}-label`;
            const reasonId = `${menuId}-${item.id}-reason`;
            return (
              <div
                key={item.id}
                role="menuitem"
                tabIndex={-1}
                aria-labelledby={labelId}
                aria-disabled={item.disabledReason ? true : undefined}
                aria-describedby={item.disabledReason ? reasonId : undefined}
                title={item.disabledReason ?? undefined}
                className={`action-menu__item${item.danger ? ' action-menu__item--danger' : ''}`}
                onClick={() => select(item)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    select(item);
                  }
                }}
              >
                <span id={labelId} className="action-menu__label">
                  {item.label}
                </span>
                {item.disabledReason && (
                  <span id={reasonId} className="action-menu__reason">
                    {item.disabledReason}
                  </span>
                )}
              </div>
            );
          })}
        </div>
      )}
    </>
  );
}
