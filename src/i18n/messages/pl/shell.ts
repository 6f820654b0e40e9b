import type { Translation } from '../../types';
import type { shell as en } from '../en/shell';

export const shell: Translation<typeof en> = {
  nav: {
    label: 'Nawigacja główna',
    project: 'Projekt',
    compute: 'Obliczenia',
    volumes: 'Woluminy',
    instances: 'Instancje',
    images: 'Obrazy',
    policies: 'Zasady migawek',
    volumeSnapshots: 'Migawki',
  },
  breadcrumbs: 'Ścieżka nawigacji',
  currentProject: 'Projekt: {name}',
  switchProject: 'Zmień projekt',
  region: 'Region: {name}',
  switchRegion: 'Zmień region',
  userMenu: 'Menu użytkownika {name}',
  skipToContent: 'Przejdź do treści',
  notFoundTitle: 'Nie znaleziono strony',
  notFoundBody: 'Pod adresem {path} nie ma strony.',
  backHome: 'Przejdź do instancji',
  switchingProject: 'Przełączanie na projekt {name}…',
  switchedProject: 'Pracujesz teraz w projekcie {name}.',
  demoBadge: 'Chmura demonstracyjna',
  notifications: 'Powiadomienia',
  dismiss: 'Zamknij',
  documentTitle: '{page} – {project} – {app}',
  documentTitleNoProject: '{page} – {app}',
  menu: 'Menu',
  theme: {
    label: 'Motyw kolorów',
    system: 'Motyw systemu',
    light: 'Jasny',
    dark: 'Ciemny',
  },
};
