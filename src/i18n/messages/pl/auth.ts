import type { Translation } from '../../types';
import type { auth as en } from '../en/auth';

export const auth: Translation<typeof en> = {
  title: 'Logowanie',
  userName: 'Nazwa użytkownika',
  password: 'Hasło',
  domain: 'Domena',
  project: 'Projekt',
  region: 'Region',
  signIn: 'Zaloguj',
  signingIn: 'Logowanie…',
  signOut: 'Wyloguj',
  demoNotice: 'To jest chmura demonstracyjna działająca w przeglądarce. Nic, co tu zrobisz, nie dotyka prawdziwego OpenStacka. Pola wypełniono kontem demonstracyjnym (demo / demo).',
  demoReset: 'Przywróć chmurę demonstracyjną',
  demoResetConfirm: {
    title: 'Przywrócić chmurę demonstracyjną?',
    body: 'Wszystkie instancje, obrazy i migawki woluminów, które tu utworzono lub zmieniono, przepadną, a chmura demonstracyjna wróci do stanu początkowego.',
    submit: 'Przywróć chmurę demonstracyjną',
  },
  demoResetDone: 'Chmura demonstracyjna wróciła do stanu początkowego.',
  gatewayNotice: 'Logowanie do {url}',
  required: 'Pole {field} jest wymagane.',
  wrongCredentials: 'Nazwa użytkownika, hasło, domena lub projekt są błędne albo nie masz roli w tym projekcie.',
  unreachable: 'Usługa tożsamości nie odpowiedziała: {reason}',
  malformed: 'Usługa tożsamości odpowiedziała w formie, której ten panel nie umie odczytać. {detail}',
  sessionExpired: 'Sesja wygasła. Zaloguj się ponownie, aby wrócić tam, gdzie byłeś.',
  signedOut: 'Wylogowano.',
  configFailed: 'Panel nie mógł odczytać swoich ustawień: {reason}',
};
