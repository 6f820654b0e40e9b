import { useState } from 'react';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';

/** Says plainly that this is the embedded demo cloud, and offers to reset it. */
export function DemoNotice() {
  const { t } = useI18n();
  const { resetDemo } = useCloud();
  const [done, setDone] = useState(false);
  return (
    <div className="login__demo" role="note">
      <p>{t('auth.demoNotice')}</p>
      {resetDemo && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            void resetDemo().then(() => setDone(true));
          }}
        >
          {t('auth.demoReset')}
        </button>
      )}
      {done && <p role="status">{t('auth.demoResetDone')}</p>}
    </div>
  );
}
