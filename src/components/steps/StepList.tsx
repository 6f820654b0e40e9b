import { StatusBadge, type StatusTone } from '../StatusBadge';
import './StepList.css';

export type StepState = 'done' | 'current' | 'waiting' | 'failed';

export interface StepItem {
  id: string;
  label: string;
  state: StepState;
  /** The state in words ("Done", "In progress"): never colour alone. */
  stateLabel: string;
  /** What the cloud says right now, e.g. "Volume: uploading". */
  details?: readonly string[];
}

const tones: Record<StepState, StatusTone> = { done: 'ok', current: 'transition', waiting: 'neutral', failed: 'error' };

/** A numbered list of the steps of a long operation, each with its state and the cloud's words. */
export function StepList({ label, steps }: { label: string; steps: readonly StepItem[] }) {
  return (
    <ol className="step-list" aria-label={label}>
      {steps.map((step) => (
        <li key={step.id} className={`step-list__step step-list__step--${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
          <span className="step-list__label">{step.label}</span>
          <StatusBadge tone={tones[step.state]} label={step.stateLabel} />
          {step.details && step.details.length > 0 && <span className="step-list__details">{step.details.join(' · ')}</span>}
        </li>
      ))}
    </ol>
  );
}
