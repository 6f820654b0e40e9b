import './StatusBadge.css';

export type StatusTone = 'ok' | 'transition' | 'error' | 'neutral' | 'warning';

interface StatusBadgeProps {
  tone: StatusTone;
  /** The words ("Active", "Saving"): the badge never relies on colour alone. */
  label: string;
  /** Extra detail on hover, e.g. the raw API status. */
  title?: string;
}

/** A status pill: coloured, with a shape per tone (a spinning ring while something moves) and the label. */
export function StatusBadge({ tone, label, title }: StatusBadgeProps) {
  return (
    <span className={`status-badge status-badge--${tone}`} title={title}>
      <span className="status-badge__mark" aria-hidden="true" />
      <span className="status-badge__label">{label}</span>
    </span>
  );
}
