import type { I18n } from '@/i18n';
import { flavorProblemText } from './steps/flavor-problem-text';
import type { QuotaLine } from './launch-quota';
import type { LaunchProblem } from './resolve-launch';

function amount(line: QuotaLine, value: number, format: I18n['format']): string {
  if (line.resource === 'ram') return format.megabytes(value);
  if (line.resource === 'gigabytes') return format.gigabytes(value);
  return format.number(value);
}

/** What stands between the user and Launch, as a short instruction. */
export function problemText(problem: LaunchProblem, i18n: Pick<I18n, 't' | 'format'>): string {
  const { t, format } = i18n;
  switch (problem.kind) {
    case 'loading':
      return t('launch.blockers.loading', { step: t(`launch.steps.${problem.step}`) });
    case 'nameMissing':
    case 'countInvalid':
    case 'sourceMissing':
    case 'flavorMissing':
    case 'networkMissing':
      return t(`launch.blockers.${problem.kind}`);
    case 'volumeSizeInvalid':
      return t('launch.blockers.volumeSizeInvalid', { min: problem.min });
    case 'flavorUnfit':
      return t('launch.blockers.flavorUnfit', {
        name: problem.name,
        reason: problem.problems.map((item) => flavorProblemText(item, i18n)).join('; '),
      });
    case 'overQuota': {
      const { line } = problem;
      const left = line.limit === null ? 0 : Math.max(0, line.limit - line.used);
      return t('launch.blockers.overQuota', {
        resource: t(`launch.quota.${line.resource}`),
        requested: amount(line, line.requested, format),
        left: amount(line, left, format),
      });
    }
  }
}
