import { useId } from 'react';
import { useI18n } from '@/i18n';
import type { FlowStep } from './snapshot-flow';

/** The shut-off flow's steps, each with its state in words. */
export function FlowSteps({ steps }: { steps: readonly FlowStep[] }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="snapshot-steps" aria-labelledby={headingId}>
      <h3 id={headingId} className="snapshot-steps__heading">
        {t('instances.snapshot.steps.heading')}
      </h3>
      <ol className="snapshot-steps__list">
        {steps.map((step) => (
          <li key={step.id} className={`snapshot-steps__step snapshot-steps__step--${step.state}`} aria-current={step.state === 'running' ? 'step' : undefined}>
            {/* Drawn in CSS per state (ring, turning ring, tick, cross): no symbol-font glyphs. */}
            <span className="snapshot-steps__mark" aria-hidden="true" />
            <span>{t(`instances.snapshot.steps.${step.id}`)}</span>
            <span className="snapshot-steps__state">{t(`instances.snapshot.steps.state.${step.state}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
