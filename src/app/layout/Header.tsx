import { Link } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';
import { paths } from '@/paths';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ThemeSwitch } from '@/components/ThemeSwitch';
import { MenuButton, type MenuButtonProps } from './MenuButton';
import { ProjectSwitcher } from './ProjectSwitcher';
import { RegionSwitcher } from './RegionSwitcher';
import { UserMenu } from './UserMenu';

export function Header({ menu }: { menu: MenuButtonProps }) {
  const { t } = useI18n();
  const { config } = useCloud();
  return (
    <header className="header">
      <MenuButton {...menu} />
      <Link className="header__brand" to={paths.instances}>
        {t('common.appName')}
      </Link>
      {config.mode === 'demo' && <span className="header__demo">{t('shell.demoBadge')}</span>}
      <div className="header__context">
        <ProjectSwitcher />
        <RegionSwitcher />
      </div>
      <div className="header__end">
        <ThemeSwitch />
        <LanguageSwitch />
        <UserMenu />
      </div>
    </header>
  );
}
