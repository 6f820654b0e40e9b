import { screen } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { candidateNames, findCandidate, goToStep, settledCloud } from './test/page';

function cloudWithSharedSnapshot(status: 'pending' | 'accepted') {
  const cloud = settledCloud();
  const image = cloud.db.image.images[seedIds.images.altWeb1Snap];
  if (!image) throw new Error('seed changed: no alt-web-1-snap');
  image.visibility = 'shared';
  image.members.push({ member_id: seedIds.projects.demo, status, created_at: '2026-02-20T10:00:00Z', updated_at: '2026-02-20T10:00:00Z' });
  return cloud;
}

describe('Launch Instance: images other projects shared', () => {
  it('an accepted shared snapshot is a boot source', async () => {
    const { user } = await renderApp({ cloud: cloudWithSharedSnapshot('accepted'), route: paths.launch({ source: 'instance_snapshot', id: seedIds.images.altWeb1Snap }) });
    await goToStep(user, 'Source');
    expect(await findCandidate('alt-web-1-snap')).toBeChecked();
  });

  it('one still waiting for Accept is not', async () => {
    const { user } = await renderApp({ cloud: cloudWithSharedSnapshot('pending'), route: paths.launch({ source: 'instance_snapshot' }) });
    await goToStep(user, 'Source');
    expect(screen.getByLabelText('Select Boot Source')).toHaveValue('instance_snapshot');
    await findCandidate('web-1-snap-nightly');
    expect(candidateNames()).not.toContain('alt-web-1-snap');
  });
});
