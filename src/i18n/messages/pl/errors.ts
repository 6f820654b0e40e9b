import type { Translation } from '../../types';
import type { errors as en } from '../en/errors';

export const errors: Translation<typeof en> = {
  title: 'Coś poszło nie tak',
  loadFailed: 'Nie udało się wczytać: {what}.',
  network: 'Brak połączenia z usługą {service}. Sprawdź połączenie i spróbuj ponownie.',
  notFound: 'Usługa {service} nie znalazła zasobu: {message}',
  forbidden: 'Usługa {service} odmówiła: {message}',
  conflict: 'Usługa {service} odmówiła z powodu bieżącego stanu: {message}',
  quota: 'Przekroczono limit: {message}',
  server: 'Błąd usługi {service}: {message}',
  parse: '{message}',
  generic: '{message}',
  unauthorized: 'Twoja sesja wygasła, więc tego nie wykonano. Po ponownym zalogowaniu można spróbować jeszcze raz.',
  services: {
    identity: 'Tożsamość (Keystone)',
    compute: 'Obliczenia (Nova)',
    image: 'Obrazy (Glance)',
    volume: 'Pamięć blokowa (Cinder)',
    network: 'Sieć (Neutron)',
    policies: 'Zasady migawek (serwer panelu)',
    downloads: 'Pobieranie obrazów (serwer panelu)',
  },
};
