import { useEffect, useRef } from 'react';
import { NavLink } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';
import { panelModules } from '../panel-modules';
import { preloadPanel } from '../panel-preload';

interface SidebarProps {
  id: string;
  /** Shown on narrow screens (always shown on wide ones). */
  open: boolean;
  /** Hides it on narrow screens; `returnFocus` puts the keyboard back on the Menu button. */
  onClose(returnFocus: boolean): void;
}

/** Horizon's navigation: Project → Compute → Instances, Images, Snapshot Policies; Project → Volumes → Snapshots. */
export function Sidebar({ id, open, onClose }: SidebarProps) {
  const { t } = useI18n();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = nav.current;
    if (!open || !element) return;
    element.querySelector('a')?.focus();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose(true);
    };
    element.addEventListener('keydown', closeOnEscape);
    return () => element.removeEventListener('keydown', closeOnEscape);
  }, [open, onClose]);
  const link = ({ isActive }: { isActive: boolean }) => `sidebar__link${isActive ? ' sidebar__link--active' : ''}`;
  const linkProps = { className: link, onClick: () => onClose(false) };
  // The pointer or the keyboard on a link: its panel's chunk downloads before the click.
  const ahead = (load: () => Promise<unknown>) => ({ onPointerEnter: () => preloadPanel(load), onFocus: () => preloadPanel(load) });
  return (
    <nav
      ref={nav}
      id={id}
      className={`sidebar${open ? ' sidebar--open' : ''}`}
      aria-label={t('shell.nav.label')}
    >
      <p className="sidebar__group">{t('shell.nav.project')}</p>
      <p className="sidebar__section" id="nav-compute">{t('shell.nav.compute')}</p>
      <ul aria-labelledby="nav-compute">
        <li><NavLink {...linkProps} {...ahead(panelModules.instances)} to={paths.instances}>{t('shell.nav.instances')}</NavLink></li>
        <li><NavLink {...linkProps} {...ahead(panelModules.images)} to={paths.images}>{t('shell.nav.images')}</NavLink></li>
        <li><NavLink {...linkProps} {...ahead(panelModules.policies)} to={paths.policies}>{t('shell.nav.policies')}</NavLink></li>
      </ul>
      <p className="sidebar__section" id="nav-volumes">{t('shell.nav.volumes')}</p>
      <ul aria-labelledby="nav-volumes">
        <li><NavLink {...linkProps} {...ahead(panelModules.volumeSnapshots)} to={paths.volumeSnapshots}>{t('shell.nav.volumeSnapshots')}</NavLink></li>
      </ul>
    </nav>
  );
}
