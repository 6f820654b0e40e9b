import { useId } from 'react';
import { useI18n } from '@/i18n';
import { ActionMenu } from './ActionMenu';
import type { RowAction } from './types';
import './RowActions.css';

interface RowActionsProps<Row> {
  row: Row;
  /** The first is the primary button ("Launch"); the rest go in the menu. */
  actions: ReadonlyArray<RowAction<Row>>;
  /** The row's name, for "More actions for web-1". */
  name: string;
}

/** Horizon's split button: the main action, then a menu with the others. Disallowed ones say why. */
export function RowActions<Row>({ row, actions, name }: RowActionsProps<Row>) {
  const { t } = useI18n();
  const reasonId = useId();
  const [primary, ...rest] = actions;
  if (!primary) return null;
  const verdict = primary.allowed(row);
  const reason = verdict === true ? null : verdict;

  return (
    <div className="row-actions">
      <button
        type="button"
        className={`button button--small${primary.danger ? ' button--danger' : ''} row-actions__primary`}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        title={reason ?? undefined}
        onClick={() => {
          if (!reason) primary.run(row);
        }}
      >
        {primary.label}
      </button>
      {reason && (
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      )}
      {rest.length > 0 && (
        <ActionMenu
          label={t('table.rowActions.more', { name })}
          menuLabel={t('table.rowActions.menu', { name })}
          items={rest.map((action) => {
            const allowed = action.allowed(row);
            return {
              id: action.id,
              label: action.label,
              danger: action.danger,
              disabledReason: allowed === true ? null : allowed,
              onSelect: () => action.run(row),
            };
          })}
        />
      )}
    </div>
  );
}
