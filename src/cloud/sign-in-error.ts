import type { I18n } from '@/i18n';
import { isOpenStackError } from '@/openstack/errors';
import { describeError } from './describe-error';

/** What went wrong with a sign-in, in words a user can act on. */
export function signInErrorMessage(error: unknown, t: I18n['t']): string {
  if (isOpenStackError(error)) {
    if (error.service === 'identity' && (error.status === 401 || error.status === 403 || error.status === 404)) {
      return t('auth.wrongCredentials');
    }
    if (error.kind === 'network') return t('auth.unreachable', { reason: error.message });
    if (error.kind === 'parse') return t('auth.malformed', { detail: error.message });
  }
  return describeError(error, t).message;
}
