import { useId } from 'react';
import { useI18n, type MessageKey } from '@/i18n';
import type { RestoreFlowState } from './restore-flow';
import { rebuildPhases } from './restore-rules';
import '../create-snapshot/CreateSnapshotDialog.css';

function phaseText(task: string, t: ReturnType<typeof useI18n>['t']): string {
  return (rebuildPhases as readonly string[]).includes(task)
    ? t(`restore.dialog.phase.${task}` as MessageKey)
    : t('restore.dialog.phase.unknown', { task });
}

/** The restore's steps with their states in words, and the rebuild's Nova phase while it runs. */
export function RestoreSteps({ state, imageName }: { state: RestoreFlowState; imageName: string }) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className="snapshot-steps" aria-labelledby={headingId}>
      <h3 id={headingId} className="snapshot-steps__heading">
        {t('restore.dialog.steps.heading')}
      </h3>
      <ol className="snapshot-steps__list">
        {state.steps.map((step) => (
          <li
            key={step.id}
            className={`snapshot-steps__step snapshot-steps__step--${step.state}`}
            aria-current={step.state === 'running' ? 'step' : undefined}
          >
            <span className="snapshot-steps__mark" aria-hidden="true" />
            <span>
              {t(`restore.dialog.steps.${step.id}`, { image: imageName })}
              {step.id === 'waitRebuild' && step.state === 'running' && state.task && <> — {phaseText(state.task, t)}</>}
            </span>
            <span className="snapshot-steps__state">{t(`restore.dialog.steps.state.${step.state}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
