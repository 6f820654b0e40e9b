import { useId, type ReactNode } from 'react';
import { useI18n } from '@/i18n';

interface DownloadImageButtonProps {
  /** null when the image may be downloaded, else the reason in the user's words. */
  blockedReason: string | null;
  onDownload(): void;
  /** The way out when the data is elsewhere (a volume-backed snapshot's Copy to image), shown with the reason. */
  alternative?: ReactNode;
}

/** Download on the image page: stays focusable when refused (aria-disabled), with the reason beside it. */
export function DownloadImageButton({ blockedReason, onDownload, alternative }: DownloadImageButtonProps) {
  const { t } = useI18n();
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-disabled={blockedReason ? true : undefined}
        aria-describedby={blockedReason ? reasonId : undefined}
        onClick={() => {
          if (!blockedReason) onDownload();
        }}
      >
        {t('images.download.action')}
      </button>
      {blockedReason && (
        <span id={reasonId} className="image-details__reason">
          {blockedReason}
        </span>
      )}
      {blockedReason && alternative}
    </>
  );
}
