import { Suspense, lazy, useRef, useState } from 'react';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';

// The confirmation's dialog (Radix) is fetched on the click that opens it: not part of the login page's first chunk.
const Dialog = lazy(() => import('@/components/dialog/Dialog').then((module) => ({ default: module.Dialog })));

/** Says plainly that this is the embedded demo cloud, and offers to reset it once the user confirms. */
export function DemoNotice() {
  const { t } = useI18n();
  const { resetDemo } = useCloud();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);

  const reset = () => {
    if (!resetDemo) return;
    setWorking(true);
    void resetDemo().then(() => {
      setWorking(false);
      setConfirming(false);
      setDone(true);
    });
  };

  return (
    <div className="login__demo" role="note">
      <p>{t('auth.demoNotice')}</p>
      {resetDemo && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          {t('auth.demoReset')}
        </button>
      )}
      {done && <p role="status">{t('auth.demoResetDone')}</p>}
      {confirming && (
        <Suspense fallback={null}>
          <Dialog
            open={confirming}
            onOpenChange={setConfirming}
            title={t('auth.demoResetConfirm.title')}
            description={t('auth.demoResetConfirm.body')}
            busy={working}
            size="small"
            initialFocus={cancelRef}
            footer={
              <>
                <button ref={cancelRef} type="button" className="button" disabled={working} onClick={() => setConfirming(false)}>
                  {t('common.cancel')}
                </button>
                <button type="button" className="button button--danger" aria-busy={working || undefined} disabled={working} onClick={reset}>
                  {t('auth.demoResetConfirm.submit')}
                </button>
              </>
            }
          />
        </Suspense>
      )}
    </div>
  );
}
