import type { RefObject } from 'react';
import { useI18n } from '@/i18n';

export interface MenuButtonProps {
  ref: RefObject<HTMLButtonElement | null>;
  /** The id of the navigation it shows and hides. */
  controls: string;
  expanded: boolean;
  onToggle(): void;
  onClose(): void;
}

/** Shows and hides the navigation on narrow screens (hidden by CSS where the sidebar always shows). */
export function MenuButton({ ref, controls, expanded, onToggle, onClose }: MenuButtonProps) {
  const { t } = useI18n();
  return (
    <button
      ref={ref}
      type="button"
      className="button button--ghost header__menu"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && expanded) onClose();
      }}
    >
      <span className="header__menu-icon" aria-hidden="true" />
      {t('shell.menu')}
    </button>
  );
}
