import type { Translation } from '../../types';
import type { snapshotStorage as en } from '../en/snapshot-storage';

export const snapshotStorage: Translation<typeof en> = {
  title: 'Miejsce na migawki',
  description: 'Ile miejsca zajmują migawki instancji projektu, w podziale na instancje, wobec limitów.',
  back: 'Wróć do obrazów',
  progress: {
    imagesOf: 'Odczytano {read} z najwyżej {total} obrazów',
    imagesSoFar: 'Odczytano dotąd {read} obrazów migawek',
    volumeSnapshotsOf: 'i {read} z {total} migawek woluminów…',
    volumeSnapshotsSoFar: 'i dotąd {read} migawek woluminów…',
    done: {
      one: 'Odczytano wszystkie migawki: {count} migawkę instancji.',
      few: 'Odczytano wszystkie migawki: {count} migawki instancji.',
      many: 'Odczytano wszystkie migawki: {count} migawek instancji.',
      other: 'Odczytano wszystkie migawki: {count} migawki instancji.',
    },
  },
  loadFailed: 'Nie udało się odczytać w całości miejsca zajmowanego przez migawki',
  empty: 'Ten projekt nie ma migawek instancji.',
  total: {
    one: 'Razem: {size} w {count} migawce',
    few: 'Razem: {size} w {count} migawkach',
    many: 'Razem: {size} w {count} migawkach',
    other: 'Razem: {size} w {count} migawki',
  },
  scope: 'Liczone tu: migawki instancji należące do tego projektu. Samodzielne migawki woluminów nie są liczone, choć wskaźniki Cindera je obejmują.',
  byInstance: {
    heading: 'Miejsce według instancji',
    caption: 'Miejsce zajmowane przez migawki według instancji, od największego',
    owner: 'Instancja',
    count: 'Migawki',
    size: 'Rozmiar',
    share: 'Udział w całości',
    percent: '{percent} całości',
  },
  owner: {
    instance: 'Instancja {id}',
    deletedInstance: 'Usunięta instancja {id}',
    volume: 'Wolumin {name} (niepodłączony do instancji)',
    unknown: 'Brak zapisanej instancji',
  },
  quota: {
    heading: 'Limity',
    imageSize: 'Miejsce na obrazy (Glance)',
    imageCount: 'Obrazy (Glance)',
    noImageQuota:
      'Brak limitu obrazów: Glance nie podaje limitów dla tego projektu (ujednolicone limity są wyłączone), więc rozmiar migawek obrazowych nie jest tu ograniczony.',
    gigabytes: 'Pamięć blokowa w gigabajtach: woluminy i ich migawki (Cinder)',
    snapshots: 'Migawki woluminów (Cinder)',
    loading: 'Odczytywanie limitów…',
  },
  picks: {
    largest: 'Największe migawki',
    oldest: 'Najstarsze migawki',
    name: 'Nazwa',
    instance: 'Instancja',
    size: 'Rozmiar',
    created: 'Utworzono',
    inCinder: '{size} w Cinder',
    missing: {
      one: '{count} z jej migawek woluminów już nie istnieje',
      few: '{count} z jej migawek woluminów już nie istnieją',
      many: '{count} z jej migawek woluminów już nie istnieje',
      other: '{count} z jej migawek woluminów już nie istnieje',
    },
    deleteSelected: {
      one: 'Usuń {count} zaznaczoną migawkę',
      few: 'Usuń {count} zaznaczone migawki',
      many: 'Usuń {count} zaznaczonych migawek',
      other: 'Usuń {count} zaznaczonej migawki',
    },
    noneSelected: 'Zaznacz migawki na dowolnej liście, aby je usunąć.',
  },
};
