import { useId, useState, type KeyboardEvent } from 'react';
import { useI18n } from '@/i18n';
import { partitionAllowed, type BatchAction } from './types';
import './BatchActions.css';

interface BatchActionsProps<Row> {
  /** The selected rows (from every page the selection spans). */
  selected: readonly Row[];
  actions: ReadonlyArray<BatchAction<Row>>;
  /** The toolbar's name; defaults to "Actions on selected rows". */
  label?: string;
}

/** "Protected.", "In use." → "Protected; In use" */
function joinReasons(values: readonly string[]): string {
  return [...new Set(values.map((value) => value.trim().replace(/\.$/, '')))].join('; ');
}

/**
 * The toolbar over a table: "{count} selected" and a button per batch action. A button works
 * when at least one selected row is allowed, and says how many will be skipped and why.
 * Buttons stay focusable when unavailable (aria-disabled) so their reason can be read.
 */
export function BatchActions<Row>({ selected, actions, label }: BatchActionsProps<Row>) {
  const { t } = useI18n();
  const baseId = useId();
  const [active, setActive] = useState(0);
  const count = selected.length;

  const items = actions.map((action) => {
    const { allowed, skipped } = partitionAllowed(action, selected);
    const reasons = joinReasons(skipped.map((entry) => entry.reason));
    let note: string | null = null;
    if (count === 0) note = t('table.batch.noneSelected');
    else if (allowed.length === 0) note = t(action.id === 'delete' ? 'table.batch.noneDeletable' : 'table.batch.noneAllowed', { reasons });
    else if (skipped.length > 0) note = t('table.batch.skipped', { count: skipped.length, reasons });
    return { action, enabled: allowed.length > 0, note, noteId: `${baseId}-${action.id}-note` };
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: active + 1, ArrowLeft: active - 1, Home: 0, End: items.length - 1 };
    const target = moves[event.key];
    if (target === undefined || items.length === 0) return;
    event.preventDefault();
    const next = (target + items.length) % items.length;
    setActive(next);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('.batch-actions__button')[next]?.focus();
  };

  return (
    <div className="batch-actions">
      <div
        role="toolbar"
        tabIndex={-1}
        aria-label={label ?? t('table.batch.label')}
        aria-describedby={`${baseId}-count`}
        className="batch-actions__bar"
        onKeyDown={onKeyDown}
      >
        <span id={`${baseId}-count`} className={`batch-actions__count${count > 0 ? ' batch-actions__count--some' : ''}`}>
          {t('table.batch.selected', { count })}
        </span>
        {items.map(({ action, enabled, note, noteId }, index) => (
          <button
            key={action.id}
            type="button"
            tabIndex={index === Math.min(active, items.length - 1) ? 0 : -1}
            className={`button batch-actions__button${action.danger ? ' button--danger' : ' button--primary'}`}
            aria-disabled={enabled ? undefined : true}
            aria-describedby={note ? noteId : undefined}
            title={note ?? undefined}
            onFocus={() => setActive(index)}
            onClick={() => {
              if (enabled) action.run([...selected]);
            }}
          >
            {action.label}
          </button>
        ))}
      </div>
      {count > 0 &&
        items.map(({ action, note, noteId }) =>
          note ? (
            <p key={action.id} className="batch-actions__note">
              <span className="batch-actions__note-action" aria-hidden="true">
                {action.label}:{' '}
              </span>
              <span id={noteId}>{note}</span>
            </p>
          ) : null,
        )}
      {count === 0 &&
        items.map(({ action, note, noteId }) => (
          <span key={action.id} id={noteId} className="visually-hidden">
            {note}
          </span>
        ))}
    </div>
  );
}
