import { NavLink } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';

/** Horizon's navigation: Project → Compute → Instances, Images, Snapshot Policies; Project → Volumes → Snapshots. */
export function Sidebar() {
  const { t } = useI18n();
  const link = ({ isActive }: { isActive: boolean }) => `sidebar__link${isActive ? ' sidebar__link--active' : ''}`;
  return (
    <nav className="sidebar" aria-label={t('shell.nav.label')}>
      <p className="sidebar__group">{t('shell.nav.project')}</p>
      <p className="sidebar__section" id="nav-compute">{t('shell.nav.compute')}</p>
      <ul aria-labelledby="nav-compute">
        <li><NavLink className={link} to={paths.instances}>{t('shell.nav.instances')}</NavLink></li>
        <li><NavLink className={link} to={paths.images}>{t('shell.nav.images')}</NavLink></li>
        <li><NavLink className={link} to={paths.policies}>{t('shell.nav.policies')}</NavLink></li>
      </ul>
      <p className="sidebar__section" id="nav-volumes">{t('shell.nav.volumes')}</p>
      <ul aria-labelledby="nav-volumes">
        <li><NavLink className={link} to={paths.volumeSnapshots}>{t('shell.nav.volumeSnapshots')}</NavLink></li>
      </ul>
    </nav>
  );
}
