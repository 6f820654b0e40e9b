import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';
import { loadSessionServices } from '@/cloud/load-session-services';
import { demoPassword } from '@/cloud/runtime-config';
import { rememberedRegions } from '@/cloud/remembered-regions';
import { safeReturnPath } from '@/paths';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useSignInForm } from '@/cloud/use-sign-in-form';
import { SignInFields } from '@/components/sign-in/SignInFields';
import { useDocumentTitle } from '@/components/page-heading/page-heading-context';
import { whenIdle } from '@/lib/when-idle';
import { DemoNotice } from './DemoNotice';
import './LoginPage.css';

export function LoginPage() {
  const { t } = useI18n();
  const { config, session } = useCloud();
  const [params] = useSearchParams();
  const demo = config.mode === 'demo';
  const regions = useMemo(() => rememberedRegions(config.authUrl), [config.authUrl]);
  const { values, errors, failure, pending, update, onSubmit } = useSignInForm(() => ({
    username: config.defaults.username ?? '',
    password: demo ? demoPassword : '',
    userDomain: config.defaults.userDomain ?? 'Default',
    projectName: config.defaults.projectName ?? '',
    region: config.defaults.region ?? regions[0] ?? '',
  }));

  const form = useRef<HTMLFormElement>(null);
  useDocumentTitle(t('shell.documentTitleNoProject', { page: t('auth.title'), app: t('common.appName') }));
  // The keyboard starts where there is something to type; in the prefilled demo, on Sign In.
  // In the commit that shows the form, so it can never move a caret someone has already put in a field.
  useLayoutEffect(() => {
    if (form.current?.contains(document.activeElement)) return;
    const fields = form.current ? [...form.current.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')] : [];
    const start = fields.find((field) => field.value === '') ?? form.current?.querySelector<HTMLButtonElement>('button[type="submit"]');
    start?.focus();
  }, []);
  // Signing in needs the typed client, which is not in the page's first chunk: fetched while the user types.
  useEffect(() => whenIdle(() => void loadSessionServices().catch(() => undefined), 1000), []);

  if (session) return <Navigate to={safeReturnPath(params.get('next'))} replace />;

  const reason = params.get('reason');

  return (
    <main className="login">
      <div className="login__lang">
        <LanguageSwitch />
      </div>
      <form ref={form} className="login__card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
        <p className="login__brand">{t('common.appName')}</p>
        <h1 id="login-title">{t('auth.title')}</h1>
        {reason === 'expired' && <p className="login__info" role="status">{t('auth.sessionExpired')}</p>}
        {reason === 'signed-out' && <p className="login__info" role="status">{t('auth.signedOut')}</p>}
        {demo ? <DemoNotice /> : <p className="login__info">{t('auth.gatewayNotice', { url: config.authUrl })}</p>}
        <SignInFields idPrefix="login" values={values} errors={errors} update={update} regions={regions} />
        {failure && (
          <p className="login__error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" className="button button--primary login__submit" aria-busy={pending} disabled={pending}>
          {pending ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </main>
  );
}
