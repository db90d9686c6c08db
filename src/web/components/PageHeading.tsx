import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { hasNavigated } from '../router.ts';

interface PageHeadingProps {
  children: ReactNode;
  /** The browser tab title; "· Hearth" is appended. */
  title: string;
  lead?: ReactNode;
}

/**
 * The page's one <h1>. After an in-app navigation it takes focus, so screen readers announce
 * the new page and keyboard users continue from the top of the content.
 */
export function PageHeading({ children, title, lead }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Hearth`;
    if (hasNavigated()) ref.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className="page-heading">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
    </div>
  );
}
