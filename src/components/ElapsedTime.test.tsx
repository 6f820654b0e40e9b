import { act, render, screen } from '@testing-library/react';
import { I18nProvider } from '@/i18n';
import { loadLocale } from '@/i18n/catalog';
import { StatusBadge } from './StatusBadge';
import { ElapsedTime } from './ElapsedTime';

function Row({ since }: { since: number }) {
  return (
    <p data-testid="status">
      <StatusBadge tone="transition" label="Saving" />
      <ElapsedTime since={since} />
    </p>
  );
}

describe('ElapsedTime', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('shows how long a snapshot has been saving, ticking every second', () => {
    render(
      <I18nProvider locale="en">
        <Row since={Date.now() - 80_000} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('status')).toHaveTextContent('Saving · 1 min 20 sec');
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByTestId('status')).toHaveTextContent('Saving · 1 min 21 sec');
  });

  it('says it in Polish', async () => {
    await loadLocale('pl');
    render(
      <I18nProvider locale="pl">
        <Row since={Date.now() - 3_900_000} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('status')).toHaveTextContent('Saving · 1 godz. 5 min');
  });
});
