import { createHash } from 'node:crypto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { findDialog } from '../../../../tests/find-dialog';
import { rowOf, waitForRow } from './test/page';

const sha512 = (bytes: ArrayBuffer) => createHash('sha512').update(new Uint8Array(bytes)).digest('hex');

interface Clicked {
  href: string;
  download: string;
}

/** Records the links the app clicks to start a download (jsdom does not download). */
function watchDownloadClicks(): Clicked[] {
  const clicked: Clicked[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function record(this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  return clicked;
}

/** Keeps the Blobs handed to object URLs (jsdom has no URL.createObjectURL). */
function watchObjectUrls(): Map<string, Blob> {
  const blobs = new Map<string, Blob>();
  vi.stubGlobal('URL', Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: () => undefined,
  }));
  return blobs;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function openDownload(user: Awaited<ReturnType<typeof renderApp>>['user'], name: string) {
  await waitForRow(name);
  await user.click(within(rowOf(name)).getByRole('button', { name: /More actions/ }));
  await user.click(await screen.findByRole('menuitem', { name: 'Download' }));
  return findDialog(`Download Image: ${name}`);
}

describe('Images panel: Download', () => {
  it('shows the file, its size and checksum, and saves exactly those bytes (demo)', async () => {
    const clicked = watchDownloadClicks();
    const blobs = watchObjectUrls();
    const { user, cloud } = await renderApp({ route: '/project/images' });
    const image = cloud.db.image.images[seedIds.images.web1SnapGolden];
    const dialog = await openDownload(user, 'web-1-snap-golden');

    expect(within(dialog).getByText('web-1-snap-golden.qcow2')).toBeInTheDocument();
    expect(within(dialog).getByText('960 kB (983,040 bytes)')).toBeInTheDocument();
    expect(within(dialog).getByText(image?.os_hash_value ?? 'missing')).toBeInTheDocument();
    expect(within(dialog).getByText(image?.checksum ?? 'missing')).toBeInTheDocument();
    expect(within(dialog).getByText("sha512sum 'web-1-snap-golden.qcow2'")).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Copy checksum' }));
    await waitFor(() => expect(within(dialog).getAllByRole('status').some((status) => status.textContent === 'Copied')).toBe(true));
    expect(await navigator.clipboard.readText()).toBe(image?.os_hash_value);

    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('“web-1-snap-golden.qcow2” was saved by your browser.')).toBeInTheDocument();
    expect(clicked).toEqual([{ href: 'blob:test/0', download: 'web-1-snap-golden.qcow2' }]);
    const saved = await blobs.get('blob:test/0')?.arrayBuffer();
    expect(saved?.byteLength).toBe(983_040);
    expect(sha512(saved ?? new ArrayBuffer(0))).toBe(image?.os_hash_value);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('follows a single-use link that names no token, so the browser streams it to disk (server)', async () => {
    const clicked = watchDownloadClicks();
    const { user, cloud, store } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapGolden}`, mode: 'gateway' });
    await user.click(await screen.findByRole('button', { name: 'Download' }));
    const dialog = await findDialog('Download Image: web-1-snap-golden');
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('The download of “web-1-snap-golden.qcow2” has started: your browser shows its progress.')).toBeInTheDocument();

    expect(clicked).toHaveLength(1);
    const [link] = clicked;
    expect(link?.download).toBe('web-1-snap-golden.qcow2');
    expect(link?.href).toMatch(/^http:\/\/localhost(:\d+)?\/api\/v1\/downloads\/[A-Za-z0-9_-]{43}$/);
    expect(link?.href).not.toContain(store.getState().session?.token ?? 'no token');
    const file = await fetch(link?.href ?? '');
    expect(file.headers.get('Content-Disposition')).toBe(`attachment; filename="web-1-snap-golden.qcow2"; filename*=UTF-8''web-1-snap-golden.qcow2`);
    expect(sha512(await file.arrayBuffer())).toBe(cloud.db.image.images[seedIds.images.web1SnapGolden]?.os_hash_value);
    expect((await fetch(link?.href ?? '')).status).toBe(410);
  });

  it('refuses a volume-backed snapshot: its data is in Cinder', async () => {
    const { user } = await renderApp({ route: `/project/images/${seedIds.images.volApp1Snap}` });
    const button = await screen.findByRole('button', { name: 'Download' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/^Its data is in Cinder/);
    await user.click(button);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the server’s words when no link can be had', async () => {
    const { user } = await renderApp({ route: '/project/images' });
    const dialog = await openDownload(user, 'cirros-0.6.2');
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The mock cloud holds data only for images up to 4 MiB.');
  });
});
