import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { LaunchSource } from '@/paths';
import type { PresetIssue } from './preset-issue';
import { statusWord } from './status-words';

/** Says plainly why the item the user came to launch is not selected (the source type still holds). */
export function PresetNotice({ issue, source }: { issue: PresetIssue; source: LaunchSource }) {
  const { t } = useI18n();
  const type = t(`launch.source.types.${source}`);
  let text: string;
  switch (issue.kind) {
    case 'checking':
      text = t('launch.preset.checking');
      break;
    case 'gone':
      text = t('launch.preset.gone', { type, id: issue.id });
      break;
    case 'notReady':
      text = t('launch.preset.notReady', { name: issue.name, status: statusWord(issue.status, t) });
      break;
    case 'notUsable':
      text = t('launch.preset.notUsable', { name: issue.name, status: statusWord(issue.status, t) });
      break;
    case 'notBootable':
      text = t('launch.preset.notBootable', { name: issue.name });
      break;
    case 'volumeNotBootable':
      text = t('launch.preset.volumeNotBootable', { name: issue.name });
      break;
    case 'otherKind':
      text = t('launch.preset.otherKind', { name: issue.name, type });
      break;
    case 'lookupFailed':
      text = t('launch.preset.lookupFailed', { message: describeError(issue.error, t).message });
      break;
  }
  return (
    <div className={`launch-notice${issue.kind === 'checking' || issue.kind === 'notReady' ? '' : ' launch-notice--warning'}`} role="status">
      {text}
    </div>
  );
}
