import type { I18n } from '@/i18n';
import type { Blocker } from './snapshot-rules';
import { statusKey } from './snapshot-status';

/** A Cinder status in the user's words; one this dashboard does not know is shown as Cinder spells it. */
export function statusText(status: string, t: I18n['t']): string {
  const key = statusKey(status);
  return key ? t(key) : status;
}

/** A blocker in words; its `status` parameter is put into words too. */
export function blockerText(blocker: Blocker, t: I18n['t']): string {
  const params = { ...blocker.params };
  if (typeof params['status'] === 'string') params['status'] = statusText(params['status'], t);
  return t(blocker.key, params);
}
