import type { Translation } from '../../types';
import type { recovery as en } from '../en/recovery';

export const recovery: Translation<typeof en> = {
  routeError: {
    title: 'Nie udało się wyświetlić tej strony',
    body: 'Coś nieoczekiwanego zatrzymało tę stronę. Ten błąd niczego nie zmienił w Twojej chmurze.',
    notFound: 'Pod tym adresem nie ma żadnej strony.',
    home: 'Przejdź do instancji',
    reload: 'Odśwież stronę',
  },
  signInAgain: {
    title: 'Zaloguj się ponownie',
    body: 'Twoja sesja wygasła. Zaloguj się, aby kontynuować: ta strona, otwarte okna i wpisane dane pozostaną bez zmian.',
    signOut: 'Wyloguj',
  },
  retry: {
    notDoneNames: 'Nie wykonano, ponieważ sesja wygasła: {names}. Zaloguj się ponownie i wybierz „Ponów te”.',
    unauthorized: 'Twoja sesja wygasła, więc tego nie wykonano. Zaloguj się ponownie i wybierz „Ponów”.',
    button: 'Ponów',
  },
  plan: {
    waitingStart: 'Zostanie ponownie uruchomiona po przesłaniu migawki',
    waitingStop: 'Wyłączanie na czas migawki; potem zostanie ponownie uruchomiona',
    waitingCreate: 'Wyłączona na czas migawki; zostanie ponownie uruchomiona po jej przesłaniu',
    finished: 'Migawka „{name}” została przesłana, a {instance} ponownie uruchomiono.',
    stuckTitle: 'Nie udało się dokończyć migawki {instance}',
    imageFailed: 'Migawka „{name}” zakończyła się stanem „{status}”. {instance} jest nadal wyłączona: uruchom ją z listy instancji i spróbuj wykonać migawkę ponownie.',
    imageGone: 'Migawka „{name}” zniknęła. {instance} jest nadal wyłączona: uruchom ją z listy instancji i spróbuj wykonać migawkę ponownie.',
    startRefused: 'Nie udało się ponownie uruchomić {instance}: {message}. Uruchom ją z listy instancji.',
    serverGone: '{instance} już nie istnieje, więc dla migawki „{name}” nic więcej nie zostanie zrobione.',
    serverError: '{instance} przeszła w stan błędu, gdy była wyłączona na czas migawki „{name}”. Sprawdź ją na liście instancji.',
    failed: 'Praca nad migawką „{name}” instancji {instance} nie powiodła się: {message}. Sprawdź instancję na liście instancji; jeśli jest wyłączona, uruchom ją tam.',
    view: 'Pokaż w obrazach',
    resumesAfterSignIn: 'Twoja sesja wygasła. Zaloguj się ponownie: migawka będzie kontynuowana od miejsca, w którym się zatrzymała, a instancja zostanie potem ponownie uruchomiona.',
  },
};
