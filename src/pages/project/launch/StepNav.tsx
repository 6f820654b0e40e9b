import { useI18n } from '@/i18n';
import { stepIds, type StepId } from './wizard-state';

interface StepNavProps {
  current: StepId;
  /** Steps whose problems are shown (left, or tried to launch). */
  shown: ReadonlySet<StepId>;
  /** Steps with a problem now. */
  invalid: ReadonlySet<StepId>;
  required: ReadonlySet<StepId>;
  onSelect(step: StepId): void;
}

/** Horizon's step list on the left: every step can be opened; required ones carry a star. */
export function StepNav({ current, shown, invalid, required, onSelect }: StepNavProps) {
  const { t } = useI18n();
  return (
    <nav className="launch-steps" aria-label={t('launch.steps.nav')}>
      <ol className="launch-steps__list">
        {stepIds.map((step) => {
          const bad = shown.has(step) && invalid.has(step);
          const done = shown.has(step) && !invalid.has(step);
          return (
            <li key={step}>
              <button
                type="button"
                className={`launch-steps__item${step === current ? ' launch-steps__item--current' : ''}${bad ? ' launch-steps__item--bad' : ''}`}
                aria-current={step === current ? 'step' : undefined}
                onClick={() => onSelect(step)}
              >
                <span>{t(`launch.steps.${step}`)}</span>
                {required.has(step) && (
                  <>
                    <span aria-hidden="true" className="launch-steps__star">
                      *
                    </span>
                    <span className="visually-hidden">{t('launch.steps.required')}</span>
                  </>
                )}
                {bad && (
                  <span className="launch-steps__mark launch-steps__mark--bad">
                    <span aria-hidden="true">!</span>
                    <span className="visually-hidden">{t('launch.steps.attention')}</span>
                  </span>
                )}
                {done && (
                  <span className="launch-steps__mark launch-steps__mark--done">
                    <span aria-hidden="true">✓</span>
                    <span className="visually-hidden">{t('launch.steps.done')}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
