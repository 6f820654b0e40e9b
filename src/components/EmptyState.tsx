import type { ReactNode } from 'react';
import './EmptyState.css';

interface EmptyStateProps {
  title: string;
  body?: ReactNode;
  /** E.g. a "Create Snapshot" button. */
  action?: ReactNode;
}

export function EmptyState({ title, body, action }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-state__title">{title}</p>
      {body && <div className="empty-state__body">{body}</div>}
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
