import { useMatches } from 'react-router-dom';
import { useI18n, type MessageKey } from '@/i18n';

function crumbsOf(handle: unknown): MessageKey[] | null {
  if (typeof handle !== 'object' || handle === null || !('crumbs' in handle)) return null;
  const crumbs = (handle as { crumbs: unknown }).crumbs;
  return Array.isArray(crumbs) ? (crumbs as MessageKey[]) : null;
}

export function Breadcrumbs() {
  const { t } = useI18n();
  const matches = useMatches();
  const crumbs = matches.toReversed().map((match) => crumbsOf(match.handle)).find((found) => found !== null);
  if (!crumbs) return null;
  return (
    <nav className="breadcrumbs" aria-label={t('shell.breadcrumbs')}>
      <ol>
        {crumbs.map((key, index) => (
          <li key={key} aria-current={index === crumbs.length - 1 ? 'page' : undefined}>
            {t(key)}
          </li>
        ))}
      </ol>
    </nav>
  );
}
