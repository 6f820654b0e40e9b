import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n';
import './CopyButton.css';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  /** What goes to the clipboard. */
  value: string;
  /** The button's name; "Copy ID" by default. */
  label?: string;
}

/** Copies `value` to the clipboard; the result ("Copied") is announced in a polite live region next to it. */
export function CopyButton({ value, label }: CopyButtonProps) {
  const { t } = useI18n();
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <>
      <button type="button" className="button button--small copy-button" onClick={() => void copy()}>
        {label ?? t('common.copy.id')}
      </button>{' '}
      <span role="status" className="copy-button__status">
        {state === 'copied' ? t('common.copy.copied') : state === 'failed' ? t('common.copy.failed') : ''}
      </span>
    </>
  );
}
