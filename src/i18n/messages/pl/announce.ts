import type { Translation } from '../../types';
import type { announce as en } from '../en/announce';

export const announce: Translation<typeof en> = {
  phase: {
    snapshotting: '{name}: tworzenie migawki',
    waitingToUpload: '{name}: oczekiwanie na wysłanie',
    uploading: '{name}: wysyłanie',
    rebuilding: '{name}: odbudowa',
    building: '{name}: budowanie',
  },
  snapshot: {
    active: 'Migawka {name} jest aktywna po {elapsed}',
    failed: 'Migawka {name} nie powiodła się po {elapsed} (stan: {status})',
    vanished: 'Migawka {name} zniknęła po {elapsed}',
    vanishedBody: 'Chmura usunęła migawkę, jak robi to z nieudanym wysłaniem. Spróbuj ponownie lub sprawdź instancję.',
    view: 'Pokaż migawkę',
  },
  restore: {
    done: 'Instancja {name} jest przywrócona i aktywna po {elapsed}',
    failed: 'Przywracanie instancji {name} nie powiodło się po {elapsed}',
  },
  launch: {
    done: 'Instancja {name} jest aktywna po {elapsed}',
    failed: 'Uruchomienie instancji {name} nie powiodło się po {elapsed}',
  },
  server: {
    gone: 'Instancja {name} zniknęła po {elapsed}',
    view: 'Pokaż instancję',
  },
  power: {
    gone: 'Instancja {name} zniknęła',
    settled: 'Instancja {name} jest teraz {status}',
    error: 'Instancja {name} przeszła w stan błędu',
    status: { active: 'uruchomiona', shutoff: 'wyłączona' },
  },
  notify: {
    enable: 'Powiadom mnie po zakończeniu',
    blocked: 'Powiadomienia są zablokowane przez przeglądarkę',
    toggleLabel: 'Powiadomienie przeglądarki po zakończeniu migawki, przywracania lub uruchomienia',
  },
};
