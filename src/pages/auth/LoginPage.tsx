import { useMemo, useRef, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';
import { demoPassword } from '@/cloud/runtime-config';
import { rememberedRegions } from '@/cloud/remembered-regions';
import { safeReturnPath } from '@/paths';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { validateLogin, type LoginErrors, type LoginValues } from './login-form';
import { signInErrorMessage } from './sign-in-error';
import { LoginField } from './LoginField';
import { DemoNotice } from './DemoNotice';
import './LoginPage.css';

export function LoginPage() {
  const { t } = useI18n();
  const { config, session, signIn } = useCloud();
  const [params] = useSearchParams();
  const demo = config.mode === 'demo';
  const regions = useMemo(() => rememberedRegions(config.authUrl), [config.authUrl]);
  const [values, setValues] = useState<LoginValues>(() => ({
    username: config.defaults.username ?? '',
    password: demo ? demoPassword : '',
    userDomain: config.defaults.userDomain ?? 'Default',
    projectName: config.defaults.projectName ?? '',
    region: config.defaults.region ?? regions[0] ?? '',
  }));
  const [errors, setErrors] = useState<LoginErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const inFlight = useRef(false);

  if (session) return <Navigate to={safeReturnPath(params.get('next'))} replace />;

  const reason = params.get('reason');
  const update = (field: keyof LoginValues) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const found = validateLogin(values, t);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    inFlight.current = true;
    setPending(true);
    setFailure(null);
    try {
      await signIn({
        username: values.username.trim(),
        password: values.password,
        userDomain: values.userDomain.trim(),
        projectName: values.projectName.trim(),
        region: values.region || undefined,
      });
    } catch (error) {
      setFailure(signInErrorMessage(error, t));
    } finally {
      inFlight.current = false;
      setPending(false);
    }
  }

  return (
    <main className="login">
      <div className="login__lang">
        <LanguageSwitch />
      </div>
      <form className="login__card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
        <p className="login__brand">{t('common.appName')}</p>
        <h1 id="login-title">{t('auth.title')}</h1>
        {reason === 'expired' && <p className="login__info" role="status">{t('auth.sessionExpired')}</p>}
        {reason === 'signed-out' && <p className="login__info" role="status">{t('auth.signedOut')}</p>}
        {demo ? <DemoNotice /> : <p className="login__info">{t('auth.gatewayNotice', { url: config.authUrl })}</p>}
        <LoginField id="login-username" label={t('auth.userName')} value={values.username} onChange={update('username')} error={errors.username} autoComplete="username" />
        <LoginField id="login-password" label={t('auth.password')} type="password" value={values.password} onChange={update('password')} error={errors.password} autoComplete="current-password" />
        <LoginField id="login-domain" label={t('auth.domain')} value={values.userDomain} onChange={update('userDomain')} error={errors.userDomain} />
        <LoginField id="login-project" label={t('auth.project')} value={values.projectName} onChange={update('projectName')} error={errors.projectName} />
        {regions.length > 1 && (
          <div className="field">
            <label className="field__label" htmlFor="login-region">{t('auth.region')}</label>
            <select id="login-region" value={values.region} onChange={(event) => update('region')(event.target.value)}>
              {regions.map((region) => (
                <option key={region} value={region}>{region}</option>
              ))}
            </select>
          </div>
        )}
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
