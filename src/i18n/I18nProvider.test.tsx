import { act, render, screen } from '@testing-library/react';
import { images } from './messages/en/images';

// The catalog keeps the panels and locales it has loaded for the life of the module, and test
// files share modules per worker: this file starts from a fresh catalog, with nothing loaded yet.
let I18nProvider: typeof import('./I18nProvider').I18nProvider;
let useI18n: typeof import('./I18nProvider').useI18n;
let registerMessages: typeof import('./catalog').registerMessages;
beforeAll(async () => {
  vi.resetModules();
  ({ I18nProvider, useI18n } = await import('./I18nProvider'));
  ({ registerMessages } = await import('./catalog'));
});

function Probe() {
  const { t, locale, setLocale } = useI18n();
  return (
    <>
      <p data-testid="locale">{locale}</p>
      <p data-testid="core">{t('common.language')}</p>
      <p data-testid="panel">{t('images.title')}</p>
      <button type="button" onClick={() => setLocale('pl')}>pl</button>
      <button type="button" onClick={() => setLocale('en')}>en</button>
    </>
  );
}

// The choice is saved for the next visit: it must not reach the next test file in this worker.
afterEach(() => localStorage.removeItem('snapshot-dashboard.locale'));

describe('I18nProvider', () => {
  it('shows panel messages once registered, and Polish only once it has arrived', async () => {
    render(
      <I18nProvider locale="en">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByTestId('core')).toHaveTextContent('Language');
    expect(screen.getByTestId('panel')).toHaveTextContent('images.title');
    act(() => registerMessages('images', images));
    expect(screen.getByTestId('panel')).toHaveTextContent('Images');

    act(() => screen.getByRole('button', { name: 'pl' }).click());
    // still English (never keys) until the Polish chunk is here
    expect(screen.getByTestId('core')).toHaveTextContent(/^(Language|Język)$/);
    expect(await screen.findByText('Język')).toBeInTheDocument();
    expect(screen.getByTestId('locale')).toHaveTextContent('pl');
    expect(screen.getByTestId('panel')).toHaveTextContent('Obrazy');
    expect(document.documentElement.lang).toBe('pl');

    act(() => screen.getByRole('button', { name: 'en' }).click());
    expect(await screen.findByText('Language')).toBeInTheDocument();
  });
});
