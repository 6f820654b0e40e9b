import { formatBytes, formatDateTime } from './format';
import { dateTimeFormat, numberFormat } from './intl-cache';

describe('Intl formatters', () => {
  it('are made once per language and options, and still speak each language', () => {
    expect(numberFormat('en', { style: 'unit', unit: 'byte' })).toBe(numberFormat('en', { style: 'unit', unit: 'byte' }));
    expect(numberFormat('en')).not.toBe(numberFormat('pl'));
    expect(dateTimeFormat('en', { dateStyle: 'medium' })).not.toBe(dateTimeFormat('en', { dateStyle: 'long' }));
    expect(formatBytes('en', 1536)).toBe('1.5 kB');
    expect(formatBytes('pl', 1536)).toBe('1,5 kB');
    expect(formatDateTime('en', '2026-01-02T03:04:00Z')).toBe(formatDateTime('en', '2026-01-02T03:04:00Z'));
  });
});
