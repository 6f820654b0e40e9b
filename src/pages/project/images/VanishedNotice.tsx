import { useI18n } from '@/i18n';
import { statusKey } from './image-rules';
import type { VanishedImage } from './use-vanished-watch';

/** Names the snapshots that left the cloud while they were moving, until the user dismisses it. */
export function VanishedNotice({ vanished, onDismiss }: { vanished: readonly VanishedImage[]; onDismiss(): void }) {
  const { t } = useI18n();
  if (vanished.length === 0) return null;
  return (
    <div className="images-notice" role="alert">
      <div>
        <p>
          <strong>{t('images.vanished.title', { count: vanished.length })}</strong>
        </p>
        <ul className="image-details__list">
          {vanished.map((item) => {
            const key = statusKey(item.status);
            return <li key={item.id}>{t('images.vanished.item', { name: item.name, status: key ? t(key) : item.status })}</li>;
          })}
        </ul>
        <p>{t('images.vanished.body')}</p>
      </div>
      <button type="button" className="button button--small" onClick={onDismiss}>
        {t('images.vanished.dismiss')}
      </button>
    </div>
  );
}
