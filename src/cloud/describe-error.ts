import type { I18n } from '@/i18n';
import { isOpenStackError, isUnauthorized } from '@/openstack/errors';

export interface DescribedError {
  message: string;
  requestId?: string;
  /** Refused for an ended session: nothing was done, and the same request may be sent again after signing in. */
  retryable?: boolean;
}

/** Plain words for any failure, keeping the service's own message. */
export function describeError(error: unknown, t: I18n['t']): DescribedError {
  if (!isOpenStackError(error)) {
    return { message: t('errors.generic', { message: error instanceof Error ? error.message : String(error) }) };
  }
  if (isUnauthorized(error)) return { message: t('errors.unauthorized'), requestId: error.requestId, retryable: true };
  const service = t(`errors.services.${error.service}`);
  const message = error.message;
  const requestId = error.requestId;
  if (error.kind === 'network') return { message: t('errors.network', { service }), requestId };
  if (error.kind === 'parse' || error.kind === 'config') return { message: t('errors.parse', { message }), requestId };
  const quota = error.status === 413 || /quota|limit exceeded|exceeded/i.test(message);
  if (quota && (error.status === 403 || error.status === 413)) return { message: t('errors.quota', { message }), requestId };
  switch (error.status) {
    case 403:
      return { message: t('errors.forbidden', { service, message }), requestId };
    case 404:
      return { message: t('errors.notFound', { service, message }), requestId };
    case 409:
      return { message: t('errors.conflict', { service, message }), requestId };
    default:
      if (error.status !== null && error.status >= 500) return { message: t('errors.server', { service, message }), requestId };
      return { message: t('errors.generic', { message }), requestId };
  }
}
