import { Suspense } from 'react';
import { Outlet, useNavigation } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { ToastViewport } from '@/components/toast/ToastProvider';
import { Breadcrumbs } from './Breadcrumbs';
import { Header } from './Header';
import { Sidebar } from './Sidebar';
import './Shell.css';

export function Shell() {
  const { t } = useI18n();
  const navigation = useNavigation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <Header />
      <div className="shell__body">
        <Sidebar />
        <main id="main" className="shell__main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
          <Breadcrumbs />
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      <ToastViewport />
    </div>
  );
}
