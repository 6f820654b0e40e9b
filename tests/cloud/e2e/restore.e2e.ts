/**
 * Restore in place on the real cloud: a cirros server and its snapshot are made through the API;
 * in Chromium, from the snapshot's detail page, Restore Instance with the safety snapshot ticked;
 * then the API shows the same server id and addresses, its image the snapshot, and the safety
 * snapshot active.
 */
import { expect, test } from '@playwright/test';
import { getImage, listAllImages } from '@/openstack/glance/images';
import { createServerImage } from '@/openstack/nova/server-actions';
import type { Server } from '@/openstack/nova/schemas';
import { serverImageId } from '@/openstack/nova/server-helpers';
import { createServer, getServer } from '@/openstack/nova/servers';
import { realBackend, signIn, type Client } from '../contract/backend';
import { cirros, nanoFlavorId } from '../contract/scenarios/common';
import { tidy, until } from './cloud-setup';


interface Arranged {
  client: Client;
  prefix: string;
  server: Server;
  snapshotId: string;
}

let arranged: Arranged | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const prefix = `contract-e2e-${Date.now()}-restore`;
  const client = await signIn(realBackend(prefix));
  const base = await cirros(client);
  const { id } = await createServer(client.api, { name: `${prefix}-vm`, imageRef: base.id, flavorRef: await nanoFlavorId(client), networks: 'auto' });
  arranged = { client, prefix, server: await getServer(client.api, id), snapshotId: '' };
  const server = await until('server ACTIVE', () => getServer(client.api, id), (s) => s.status === 'ACTIVE' || s.status === 'ERROR', 180_000);
  const { imageId } = await createServerImage(client.api, id, { name: `${prefix}-snap` });
  arranged = { client, prefix, server, snapshotId: imageId };
  await until('snapshot active', async () => ({ image: await getImage(client.api, imageId), server: await getServer(client.api, id) }), ({ image, server: s }) => image.status === 'active' && !s['OS-EXT-STS:task_state'], 180_000);
});

test.afterAll(async () => {
  test.setTimeout(240_000);
  if (arranged) await tidy({ client: arranged.client, prefix: arranged.prefix, serverName: '', volumeSnapshotName: '', imageName: '' });
});

test('restores an image-backed instance in place from its snapshot, from the snapshot’s detail page', async ({ page }) => {
  if (!arranged) throw new Error('the real cloud was not arranged');
  const { client, prefix, server, snapshotId } = arranged;
  await page.goto(`/project/images/${snapshotId}`);
  await page.getByLabel('User Name').fill('demo');
  await page.getByLabel('Password').fill('demo');
  await page.getByLabel('Domain').fill('Default');
  await page.getByLabel('Project').fill('demo');
  await page.getByRole('button', { name: 'Sign In' }).click();

  await page.getByRole('link', { name: 'Restore Instance' }).click();
  const dialog = page.getByRole('dialog', { name: `Restore ${server.name}` });
  await expect(dialog.getByLabel('Restore from')).toHaveValue(snapshotId);
  await expect(dialog.getByRole('checkbox', { name: /Take a snapshot of the current state first/ })).toBeChecked();
  await dialog.getByLabel(`Type the instance name ${server.name} to confirm`).fill(server.name);
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByText(`${server.name} was restored from ${prefix}-snap.`)).toBeVisible({ timeout: 150_000 });

  const after = await getServer(client.api, server.id);
  expect(after.id).toBe(server.id);
  expect(after.status).toBe('ACTIVE');
  expect(after.addresses).toEqual(server.addresses);
  expect(serverImageId(after)).toBe(snapshotId);
  const safety = (await listAllImages(client.api, { instanceUuid: server.id })).filter((image) => image.id !== snapshotId);
  expect(safety.map((image) => image.status)).toEqual(['active']);
});
