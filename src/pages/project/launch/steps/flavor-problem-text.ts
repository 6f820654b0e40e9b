import type { I18n } from '@/i18n';
import type { FlavorProblem } from '../flavor-rules';

/** One reason a flavor does not fit, in words. */
export function flavorProblemText(problem: FlavorProblem, { t, format }: Pick<I18n, 't' | 'format'>): string {
  switch (problem.kind) {
    case 'noRootDisk':
      return t('launch.flavor.problems.noRootDisk');
    case 'disk':
      return t('launch.flavor.problems.disk', { flavor: format.gigabytes(problem.flavorGb), min: format.gigabytes(problem.minGb) });
    case 'ram':
      return t('launch.flavor.problems.ram', { flavor: format.megabytes(problem.flavorMb), min: format.megabytes(problem.minMb) });
    case 'vcpuQuota':
      return t('launch.flavor.problems.vcpuQuota', { needed: problem.needed, left: problem.left });
    case 'ramQuota':
      return t('launch.flavor.problems.ramQuota', { needed: format.megabytes(problem.needed), left: format.megabytes(problem.left) });
  }
}
