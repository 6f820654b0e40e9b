import { useEffect, useRef } from 'react';
import { useApi } from '@/cloud/use-api';
import { notifyIfHidden } from '@/cloud/watches/notify-preference';
import type { OperationWatch } from '@/cloud/watches/watch-schema';
import { dropWatch, useWatches } from '@/cloud/watches/watch-store';
import { useAnnounce } from '@/components/toast/announce-context';
import { useToast, type ToastInput } from '@/components/toast/toast-context';
import { useI18n, type I18n, type MessageKey } from '@/i18n';
import type { CloudApi } from '@/openstack/http';
import { paths } from '@/paths';
import { judgeWatch, type WatchVerdict } from './judge-watch';
import { useWatchReading } from './use-watch-reading';

type Ended = Exclude<WatchVerdict, { kind: 'moving' }>;

/** The toast that tells how a watched operation ended. */
function endToast(watch: OperationWatch, verdict: Ended, { t, format }: Pick<I18n, 't' | 'format'>): ToastInput {
  const words = { name: watch.name, elapsed: format.duration(verdict.elapsedMs) };
  const serverLink = (id: string | null) => (id ? { to: paths.instanceDetail(id), label: t('announce.server.view') } : undefined);
  if (watch.kind === 'snapshot') {
    const imageLink = { to: paths.imageDetail(watch.id), label: t('announce.snapshot.view') };
    if (verdict.kind === 'done') return { tone: 'success', title: t('announce.snapshot.active', words), link: imageLink };
    if (verdict.kind === 'failed') return { tone: 'error', title: t('announce.snapshot.failed', { ...words, status: verdict.status }), link: imageLink };
    return { tone: 'error', title: t('announce.snapshot.vanished', words), body: t('announce.snapshot.vanishedBody'), link: serverLink(watch.serverId) };
  }
  if (verdict.kind === 'vanished') return { tone: 'error', title: t('announce.server.gone', words) };
  const link = serverLink(watch.id);
  if (verdict.kind === 'failed') {
    return { tone: 'error', title: t(watch.kind === 'restore' ? 'announce.restore.failed' : 'announce.launch.failed', words), body: verdict.status, link };
  }
  return { tone: 'success', title: t(watch.kind === 'restore' ? 'announce.restore.done' : 'announce.launch.done', words), link };
}

const powerStatusWords: Readonly<Record<string, MessageKey>> = {
  ACTIVE: 'announce.power.status.active',
  SHUTOFF: 'announce.power.status.shutoff',
};

function powerOutcome(watch: OperationWatch, verdict: Ended, t: I18n['t']): string {
  if (verdict.kind === 'vanished') return t('announce.power.gone', { name: watch.name });
  if (verdict.kind === 'failed') return t('announce.power.error', { name: watch.name });
  const status = verdict.status ?? '';
  const word = powerStatusWords[status];
  return t('announce.power.settled', { name: watch.name, status: word ? t(word) : status.toLowerCase() });
}

function Follower({ api, watch }: { api: CloudApi; watch: OperationWatch }) {
  const i18n = useI18n();
  const { toast } = useToast();
  const announce = useAnnounce();
  const reading = useWatchReading(api, watch);
  const spokenPhase = useRef<string | null>(null);
  const ended = useRef(false);
  const latest = useRef({ i18n, toast });
  useEffect(() => {
    latest.current = { i18n, toast };
  }, [i18n, toast]);

  useEffect(() => {
    if (ended.current) return;
    const verdict = judgeWatch(watch, reading, Date.now());
    if (verdict.kind === 'moving') {
      // Each phase once, as it starts.
      if (verdict.phase === null || verdict.phase === spokenPhase.current) return;
      spokenPhase.current = verdict.phase;
      announce(latest.current.i18n.t(`announce.phase.${verdict.phase}`, { name: watch.name }), { topic: `watch:${watch.kind}:${watch.id}` });
      return;
    }
    ended.current = true;
    if (watch.kind === 'power') {
      // Its request was already toasted: the outcome is only spoken, so a power action stays quiet.
      announce(powerOutcome(watch, verdict, latest.current.i18n.t), { assertive: verdict.kind !== 'done' });
      dropWatch(watch);
      return;
    }
    const message = endToast(watch, verdict, latest.current.i18n);
    latest.current.toast(message);
    notifyIfHidden(message.title, message.body);
    dropWatch(watch);
  }, [announce, reading, watch]);

  return null;
}

/**
 * Follows what the user started in this browser (snapshots, restores, launches) wherever they are
 * in the dashboard: speaks its phases, and tells its end with a toast (and a browser notification
 * when the tab is hidden and the user asked for them).
 */
export function OperationWatcher() {
  const api = useApi();
  const watches = useWatches(api.scope);
  return watches.map((watch) => <Follower key={`${watch.kind}|${watch.id}`} api={api} watch={watch} />);
}
