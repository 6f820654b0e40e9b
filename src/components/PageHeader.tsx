import type { ReactNode } from 'react';
import { PageHeading } from './page-heading/PageHeading';
import './PageHeader.css';

interface PageHeaderProps {
  title: string;
  /** Buttons on the right: Launch Instance, Delete Images, … */
  actions?: ReactNode;
  description?: ReactNode;
}

/** A panel's title row, as in Horizon: the heading and the panel-wide actions. */
export function PageHeader({ title, actions, description }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div className="page-header__text">
        <PageHeading className="page-header__title" title={title} />
        {description && <p className="page-header__description">{description}</p>}
      </div>
      {actions && <div className="page-header__actions">{actions}</div>}
    </div>
  );
}
