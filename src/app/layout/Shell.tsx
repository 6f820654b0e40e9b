import { Suspense, useCallback, useRef, useState } from 'react';
import { Outlet, useNavigation } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { ToastViewport } from '@/components/toast/ToastProvider';
import { Breadcrumbs } from './Breadcrumbs';
import { Header } from './Header';
import { PageHeadingFocus } from './PageHeadingFocus';
import { Sidebar } from './Sidebar';
import './Shell.css';

const sidebarId = 'main-navigation';

export function Shell() {
  const { t } = useI18n();
  const navigation = useNavigation();
  const [navOpen, setNavOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeNav = useCallback((returnFocus: boolean) => {
    setNavOpen(false);
    if (returnFocus) menuButton.current?.focus();
  }, []);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Header
        menu={{ ref: menuButton, controls: sidebarId, expanded: navOpen, onToggle: () => setNavOpen((open) => !open), onClose: () => closeNav(true) }}
      />
      <div className="shell__body">
        <Sidebar id={sidebarId} open={navOpen} onClose={closeNav} />
        <main id="main" className="shell__main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
          <PageHeadingFocus>
            <Breadcrumbs />
            <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
              <Outlet />
            </Suspense>
          </PageHeadingFocus>
        </main>
      </div>
      <ToastViewport />
    </div>
  );
}
