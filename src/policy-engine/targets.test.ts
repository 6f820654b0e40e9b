import { missingTargetIds, policyCoversServer, policyTargets } from './targets.mjs';

const servers: { id: string; metadata?: Record<string, string> }[] = [
  { id: 'a', metadata: { backup: 'daily' } },
  { id: 'b', metadata: { backup: 'weekly' } },
  { id: 'c', metadata: {} },
  { id: 'd' },
];

describe('policy targets', () => {
  it('covers ticked instances and every instance with the metadata key=value, each once', () => {
    const policy = { targets: { instanceIds: ['c', 'a', 'gone'], metadata: { key: 'backup', value: 'daily' } } };
    expect(policyTargets(policy, servers).map((server) => server.id)).toEqual(['a', 'c']);
    expect(missingTargetIds(policy, servers)).toEqual(['gone']);
    expect(policyCoversServer(policy, { id: 'b', metadata: { backup: 'weekly' } })).toBe(false);
  });

  it('covers a newly tagged instance from then on', () => {
    const policy = { targets: { instanceIds: [], metadata: { key: 'backup', value: 'weekly' } } };
    expect(policyTargets(policy, servers).map((server) => server.id)).toEqual(['b']);
    expect(policyCoversServer(policy, { id: 'd', metadata: { backup: 'weekly' } })).toBe(true);
  });
});
