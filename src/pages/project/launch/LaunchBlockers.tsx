import { useI18n } from '@/i18n';
import { problemText } from './problem-text';
import type { LaunchProblem } from './resolve-launch';
import type { StepId } from './wizard-state';

interface LaunchBlockersProps {
  id: string;
  problems: readonly LaunchProblem[];
  onGoTo(step: StepId): void;
}

/** Why Launch is disabled: each reason opens the step that fixes it. The Launch button points here. */
export function LaunchBlockers({ id, problems, onGoTo }: LaunchBlockersProps) {
  const i18n = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="launch-blockers" id={id}>
      <p className="launch-blockers__heading">{i18n.t('launch.blockers.heading')}</p>
      <ul className="launch-blockers__list">
        {problems.map((problem, index) => (
          <li key={`${problem.kind}-${index}`}>
            <button type="button" className="launch-blockers__link" onClick={() => onGoTo(problem.step)}>
              {problemText(problem, i18n)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
