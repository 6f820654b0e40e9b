import { act, render, screen } from '@testing-library/react';
import { I18nProvider, useI18n } from './I18nProvider';
import { registerMessages } from './catalog';
import { images } from './messages/en/images';

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
