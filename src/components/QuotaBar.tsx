import { useId } from 'react';
import { useI18n } from '@/i18n';
import './QuotaBar.css';

interface QuotaBarProps {
  /** "Instance snapshots", "Volume storage". */
  label: string;
  used: number;
  /** What this request adds (0 to show usage only). */
  requested: number;
  /** -1 or null: unlimited. */
  limit: number | null;
  /** Formats amounts: gigabytes, counts… Defaults to a plain number. */
  format?: (value: number) => string;
}

function percent(value: number, of: number): number {
  if (of <= 0) return value > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, (value / of) * 100));
}

/** Used + this request against the quota, as Horizon's launch dialog shows it; turns red when over. */
export function QuotaBar({ label, used, requested, limit, format }: QuotaBarProps) {
  const { t, format: i18nFormat } = useI18n();
  const show = format ?? i18nFormat.number;
  const labelId = useId();
  const total = used + requested;
  const unlimited = limit === null || limit < 0;
  const over = !unlimited && total > limit;

  const lines = [
    unlimited ? t('table.quota.usedUnlimited', { used: show(used) }) : t('table.quota.used', { used: show(used), limit: show(limit) }),
  ];
  if (requested > 0) lines.push(t('table.quota.request', { requested: show(requested) }));
  if (!unlimited && requested > 0 && !over) lines.push(t('table.quota.left', { amount: show(limit - total) }));
  const overText = over ? t('table.quota.over', { amount: show(total - limit) }) : null;

  const valueText = unlimited
    ? t('table.quota.valueTextUnlimited', { total: show(total) })
    : [t('table.quota.valueText', { total: show(total), limit: show(limit) }), overText].filter(Boolean).join(', ');

  return (
    <div className={`quota-bar${over ? ' quota-bar--over' : ''}`}>
      <div className="quota-bar__head">
        <span className="quota-bar__label" id={labelId}>
          {label}
        </span>
        {overText && (
          <span className="quota-bar__over">
            <span aria-hidden="true">! </span>
            {overText}
          </span>
        )}
      </div>
      {unlimited ? (
        <div className="quota-bar__track quota-bar__track--unlimited" aria-hidden="true" />
      ) : (
        <div
          className="quota-bar__track"
          role="meter"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={Math.max(limit, 0)}
          aria-valuenow={Math.min(total, Math.max(limit, 0))}
          aria-valuetext={valueText}
        >
          <span className="quota-bar__used" style={{ width: `${percent(used, limit)}%` }} />
          <span
            className="quota-bar__requested"
            style={{ width: `${Math.max(0, percent(total, limit) - percent(used, limit))}%` }}
          />
        </div>
      )}
      <p className="quota-bar__text">
        {lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
    </div>
  );
}
