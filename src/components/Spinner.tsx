import './Spinner.css';

interface SpinnerProps {
  /** What is loading; announced as a status. Without it the spinner is decoration. */
  label?: string;
  /** Show the label next to the ring instead of only to screen readers. */
  showLabel?: boolean;
  size?: 'small' | 'medium' | 'large';
}

export function Spinner({ label, showLabel = false, size = 'medium' }: SpinnerProps) {
  if (!label) return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
  return (
    <span className="spinner-status" role="status">
      <span className={`spinner spinner--${size}`} aria-hidden="true" />
      <span className={showLabel ? 'spinner-status__label' : 'visually-hidden'}>{label}</span>
    </span>
  );
}
