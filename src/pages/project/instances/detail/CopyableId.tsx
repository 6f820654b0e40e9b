import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n';

type CopyState = 'idle' | 'copied' | 'failed';

/** The ID in code type with a Copy button; the result is announced in a polite live region. */
export function CopyableId({ id }: { id: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="instance-detail__id">
      <code>{id}</code>{' '}
      <button type="button" className="button button--small" onClick={() => void copy()}>
        {t('instanceDetail.copyId')}
      </button>{' '}
      <span role="status" className="instance-detail__copy-status">
        {state === 'copied' ? t('instanceDetail.copied') : state === 'failed' ? t('instanceDetail.copyFailed') : ''}
      </span>
    </span>
  );
}
