import { useId } from 'react';
import { useI18n } from '@/i18n';

interface ImageDeleteButtonProps {
  /** null when the image may be deleted, else the reason in the user's words. */
  blockedReason: string | null;
  onDelete(): void;
}

/** Delete on the image page: stays focusable when refused (aria-disabled), with the reason beside it. */
export function ImageDeleteButton({ blockedReason, onDelete }: ImageDeleteButtonProps) {
  const { t } = useI18n();
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        className="button button--danger"
        aria-disabled={blockedReason ? true : undefined}
        aria-describedby={blockedReason ? reasonId : undefined}
        onClick={() => {
          if (!blockedReason) onDelete();
        }}
      >
        {t('images.actions.delete')}
      </button>
      {blockedReason && (
        <span id={reasonId} className="image-details__reason">
          {blockedReason}
        </span>
      )}
    </>
  );
}
