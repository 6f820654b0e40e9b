import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '@/i18n';
import { useApi, useCloud } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';
import { keystoneQueries } from '@/openstack/keystone/queries';
import { HeaderSelect } from './HeaderSelect';

/** The current project, switchable to any project the user has a role on (re-scoping the token). */
export function ProjectSwitcher() {
  const { t } = useI18n();
  const api = useApi();
  const { session, switchProject } = useCloud();
  const projects = useQuery(keystoneQueries.authProjects(api));
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (!session) return null;
  const options = (projects.data ?? [{ id: session.project.id, name: session.project.name }]).map((project) => ({
    value: project.id,
    label: project.name,
  }));

  return (
    <HeaderSelect
      prefix={t('shell.nav.project')}
      label={t('shell.switchProject')}
      value={session.project.id}
      options={options}
      busy={pending}
      failure={failure}
      onChange={(projectId) => {
        setPending(true);
        setFailure(null);
        switchProject(projectId)
          .catch((error: unknown) => setFailure(describeError(error, t).message))
          .finally(() => setPending(false));
      }}
    />
  );
}
