import { useLayoutEffect, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';
import { PageHeadingContext, type PageHeadingHandler } from '@/components/page-heading/page-heading-context';

/**
 * After each navigation inside the shell (sign in, a link, Launch, a redirect), puts focus on the
 * new page's main heading, as soon as it is on screen; names the document after the page, the
 * project and the app. The first page of a fresh load keeps the browser's own focus.
 */
export function PageHeadingFocus({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { session } = useCloud();
  const location = useLocation();
  const heading = useRef<HTMLElement | null>(null);
  const focusPending = useRef(false);
  const lastPath = useRef<string | null>(null);
  const [pageTitle, setPageTitle] = useState<string | null>(null);

  const handler = useMemo<PageHeadingHandler>(
    () => ({
      heading(element) {
        heading.current = element;
        if (focusPending.current) {
          focusPending.current = false;
          element.focus();
        }
        return () => {
          // A heading that had focus and gives way to another (loading → loaded) hands focus on.
          if (document.activeElement === element) focusPending.current = true;
          if (heading.current === element) heading.current = null;
        };
      },
      title: setPageTitle,
    }),
    [],
  );

  useLayoutEffect(() => {
    const first = lastPath.current === null;
    if (lastPath.current === location.pathname) return;
    lastPath.current = location.pathname;
    if (first && location.key === 'default') return;
    if (heading.current?.isConnected) heading.current.focus();
    else focusPending.current = true;
  }, [location.pathname, location.key]);

  const appName = t('common.appName');
  const project = session?.project.name;
  useEffect(() => {
    if (pageTitle === null) document.title = appName;
    else document.title = project ? t('shell.documentTitle', { page: pageTitle, project, app: appName }) : t('shell.documentTitleNoProject', { page: pageTitle, app: appName });
  }, [t, appName, pageTitle, project]);

  return <PageHeadingContext value={handler}>{children}</PageHeadingContext>;
}
