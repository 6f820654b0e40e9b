import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHorizonReport } from '../../../scripts/bench/horizon/report.mjs';
import { ratio, spread } from '../../../scripts/bench/horizon/stats.mjs';

describe('bench:horizon figures', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('takes the median and the range of the runs', () => {
    expect(spread([300, 100, 200])).toEqual({ median: 200, min: 100, max: 300, runs: [300, 100, 200] });
    expect(spread([4, 1, 3, 2]).median).toBe(2.5);
    expect(ratio(spread([100]), spread([400]))).toBe(0.25);
  });

  it('prints ours, Horizon and the ratio against the target, then the summary as the last line', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const report = createHorizonReport();
    for (const [ours, horizon] of [
      [900, 3000],
      [1000, 3300],
      [1100, 2700],
    ] as const) {
      report.add('images.firstRow.cold', 'ours', ours);
      report.add('images.firstRow.cold', 'horizon', horizon);
    }
    report.add('bulkDelete20', 'ours', 2194);
    report.add('bulkDelete20', 'horizon', 1487);
    report.print({ runs: 3, complete: true });

    const lines = written.join('').trimEnd().split('\n');
    const images = lines.find((line) => line.startsWith('images.firstRow.cold'));
    expect(images).toContain('ours 1000 (900–1100)');
    expect(images).toContain('horizon 3000 (2700–3300)');
    expect(images).toContain('ratio 0.33');
    expect(images).toContain('target ≤ 0.33 met');
    expect(lines.find((line) => line.startsWith('bulkDelete20'))).toContain('ratio 1.48');
    expect(lines.find((line) => line.startsWith('bulkDelete20'))).toContain('NOT met');

    const last = lines.at(-1) ?? '';
    expect(last.startsWith('BENCH_HORIZON_SUMMARY ')).toBe(true);
    const summary = JSON.parse(last.slice('BENCH_HORIZON_SUMMARY '.length));
    expect(summary).toMatchObject({ runs: 3, complete: true, targetsMet: 1, targetsMissed: 1 });
    expect(summary.figures['bulkDelete20']).toMatchObject({ ratio: 1.475, target: 0.5, met: false });
  });
});
