import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { keystoneQueries } from '@/openstack/keystone/queries';
import { HeaderSelect } from './HeaderSelect';

/**
 * The current project, switchable to any project the user has a role on (re-scoping the token).
 * The session names the current project; the list of the others (Keystone's `auth/projects`, slow
 * on a real cloud) is asked for only once the user reaches for the select, so it never competes
 * with a panel's first list request.
 */
export function ProjectSwitcher() {
  const { t } = useI18n();
  const api = useApi();
  const { session, switchProject } = useCloud();
  const [wanted, setWanted] = useState(false);
  const projects = useQuery({ ...keystoneQueries.authProjects(api), enabled: wanted });
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
      onInterest={() => setWanted(true)}
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
