import type { ReactNode } from 'react';
import { usePageHeading } from './page-heading-context';

interface PageHeadingProps {
  /** The page's name, as the heading shows it and as the document title starts. */
  title: string;
  className?: string;
  id?: string;
  children?: ReactNode;
}

/** A page's `h1`: the place focus goes after a navigation, and the start of the document title. */
export function PageHeading({ title, className, id, children }: PageHeadingProps) {
  const ref = usePageHeading(title);
  return (
    <h1 ref={ref} id={id} className={className} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
