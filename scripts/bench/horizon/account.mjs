// @ts-check
/**
 * Who both dashboards sign in as: the benchmark's own user and project (made by seed.py as admin),
 * so its 1,000 images and raised quotas never reach the `demo` project the other tiers use.
 */
export const BENCH_ACCOUNT = Object.freeze({ user: 'bench', password: 'bench', project: 'bench', domain: 'Default' });
