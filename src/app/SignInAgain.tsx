import { useEffect, useId, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useCloud } from '@/cloud/cloud-context';
import { demoPassword } from '@/cloud/runtime-config';
import type { SessionData } from '@/openstack/session-data';
import { useSignInForm } from '@/cloud/use-sign-in-form';
import { Dialog } from '@/components/dialog/Dialog';
import { FailureAlert } from '@/components/form/FailureAlert';
import { SignInFields } from '@/components/sign-in/SignInFields';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';

function SignInAgainDialog({ session }: { session: SessionData }) {
  const { t } = useI18n();
  const { config, signOut } = useCloud();
  const formId = useId();
  const { values, errors, failure, pending, update, onSubmit } = useSignInForm(() => ({
    username: session.user.name,
    password: config.mode === 'demo' ? demoPassword : '',
    userDomain: session.user.domainName ?? config.defaults.userDomain ?? 'Default',
    projectName: session.project.name,
    region: session.region ?? '',
  }));
  return (
    <Dialog
      open
      onOpenChange={() => undefined}
      closable={false}
      size="small"
      title={t('recovery.signInAgain.title')}
      description={t('recovery.signInAgain.body')}
      footer={
        <>
          <button type="button" className="button" disabled={pending} onClick={() => void signOut()}>
            {t('recovery.signInAgain.signOut')}
          </button>
          <button type="submit" form={formId} className="button button--primary" aria-busy={pending} disabled={pending}>
            {pending ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={onSubmit} noValidate>
        <SignInFields idPrefix="sign-in-again" values={values} errors={errors} update={update} regions={session.regions} />
        {failure && <FailureAlert failure={{ message: failure }} />}
      </form>
    </Dialog>
  );
}

/**
 * When the token is refused or runs out, sign-in happens over the current page, so open dialogs,
 * typed input, selections and the wizard stay as they were. Signing in as someone else (or into
 * another project) starts from the default page instead.
 */
export function SignInAgain() {
  const { session, ended } = useCloud();
  const navigate = useNavigate();
  const expiredScope = useRef<string | null>(null);
  const expired = session !== null && ended === 'expired';
  const scope = session ? `${session.user.id}/${session.project.id}` : null;

  useEffect(() => {
    if (expired) {
      expiredScope.current = scope;
      return;
    }
    if (expiredScope.current !== null && scope !== null && scope !== expiredScope.current) void navigate(paths.instances, { replace: true });
    expiredScope.current = null;
  }, [expired, scope, navigate]);

  return expired && session ? <SignInAgainDialog session={session} /> : null;
}
