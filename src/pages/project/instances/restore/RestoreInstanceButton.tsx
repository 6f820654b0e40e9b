import { useSearchParams } from 'react-router-dom';
import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { RestoreInstanceDialog } from './RestoreInstanceDialog';

/** The query parameter that opens the Restore dialog: empty for the default choice, or a snapshot's id. */
const restoreParam = 'restore';

/**
 * Restore Instance on the detail page. The dialog's state lives in the URL (`?restore=<image id>`) so
 * a snapshot's detail page can link straight to it with that snapshot chosen.
 */
export function RestoreInstanceButton({ server }: { server: Server }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const chosen = search.get(restoreParam);
  const setChosen = (value: string | null) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete(restoreParam);
        else next.set(restoreParam, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <button type="button" className="button button--small" onClick={() => setChosen('')}>
        {t('restore.action.restoreInstance')}
      </button>
      {chosen !== null && (
        <RestoreInstanceDialog
          server={server}
          initialImageId={chosen === '' ? undefined : chosen}
          open
          onOpenChange={(open) => !open && setChosen(null)}
        />
      )}
    </>
  );
}
