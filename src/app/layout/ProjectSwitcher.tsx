import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '@/i18n';
import { useApi, useCloud } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';
import { keystoneQueries } from '@/openstack/keystone/queries';

/** The current project, switchable to any project the user has a role on (re-scoping the token). */
export function ProjectSwitcher() {
  const { t } = useI18n();
  const api = useApi();
  const { session, switchProject } = useCloud();
  const projects = useQuery(keystoneQueries.authProjects(api));
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!session) return null;
  const options = projects.data ?? [{ id: session.project.id, name: session.project.name }];

  return (
    <div className="header-switch">
      <label className="header-select">
        <span className="header-select__prefix">{t('shell.nav.project')}</span>
        <select
          aria-label={t('shell.switchProject')}
          value={session.project.id}
          disabled={pending}
          aria-busy={pending}
          onChange={(event) => {
            setPending(true);
            setFailure(null);
            switchProject(event.target.value)
              .catch((error: unknown) => setFailure(describeError(error, t).message))
              .finally(() => setPending(false));
          }}
        >
          {options.map((project) => (
            <option key={project.id} value={project.id}>
              {project.name}
            </option>
          ))}
        </select>
      </label>
      {failure && (
        <span className="header-switch__error" role="alert">
          {failure}
        </span>
      )}
    </div>
  );
}
