import { useI18n } from '@/i18n';

/** The next run times, before saving: in the policy's zone and, when it differs, the viewer's. */
export function RunPreview({ runs, timeZone }: { runs: readonly Date[] | null; timeZone: string }) {
  const { t, locale } = useI18n();
  const zoned = safeFormatter(locale, timeZone);
  return (
    <section className="policy-form__preview" aria-live="polite" aria-label={t('policies.form.previewTitle')}>
      <h3>{t('policies.form.previewTitle')}</h3>
      {runs === null || runs.length === 0 ? (
        <p>{runs === null ? t('policies.form.previewIncomplete') : t('policies.form.previewNever')}</p>
      ) : (
        <ol>
          {runs.map((run) => (
            <li key={run.getTime()}>
              <time dateTime={run.toISOString()}>{zoned ? zoned.format(run) : run.toISOString()}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function safeFormatter(locale: string, timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' });
  } catch {
    return null;
  }
}
