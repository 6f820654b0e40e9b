/** Image delete (204, then 404) and protected delete (403 with Glance's message; unprotect, then 204). */
import { deleteImage, getImage, updateImage } from '@/openstack/glance/images';
import { signIn } from '../backend';
import type { Scenario } from '../scenario';
import { imageSchemaView, raw } from './common';
import { createQueuedImage } from './image-list';

export const imageDeleteScenario: Scenario = {
  name: 'image delete and protected delete',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const plain = await createQueuedImage(ctx, client, { name: `${backend.prefix}-plain`, disk_format: 'raw', container_format: 'bare' });
    await rec.call(client, 'DELETE /v2/images/{id}', () => deleteImage(client.api, plain));
    const gone = await rec.call(client, 'GET /v2/images/{id} after delete', () => getImage(client.api, plain));
    rec.value('GET after delete: body', gone.last?.data ?? null);
    const again = await rec.call(client, 'DELETE /v2/images/{id} again', () => deleteImage(client.api, plain));
    rec.value('DELETE again: body', again.last?.data ?? null);

    const guarded = await createQueuedImage(ctx, client, { name: `${backend.prefix}-protected`, disk_format: 'raw', container_format: 'bare' });
    const patched = await rec.call(client, 'PATCH /v2/images/{id} protected=true', () => updateImage(client.api, guarded, [{ op: 'replace', path: '/protected', value: true }]), {
      select: (body) => imageSchemaView(body),
    });
    rec.value('protected after PATCH', patched.result?.protected ?? null);
    const refused = await rec.call(client, 'DELETE a protected image', () => deleteImage(client.api, guarded));
    rec.value('protected delete: body', refused.last?.data ?? null);
    rec.value('protected delete: the client reads', { status: refused.error?.status ?? null, message: refused.error?.message ?? null, faultName: refused.error?.faultName ?? null });
    const html = await raw(client, 'image', 'DELETE', `/v2/images/${guarded}`, { headers: { Accept: 'text/html' } });
    rec.status('DELETE a protected image, Accept text/html', [html.status]);
    rec.value('protected delete as HTML: content type', String(html.headers['content-type'] ?? '').split(';')[0] ?? null);
    const wrongType = await raw(client, 'image', 'PATCH', `/v2/images/${guarded}`, {
      data: [{ op: 'replace', path: '/name', value: 'x' }],
      headers: { 'Content-Type': 'application/json' },
    });
    rec.status('PATCH with application/json (not json-patch)', [wrongType.status]);
    const readOnly = await rec.call(client, 'PATCH a read-only attribute (/status)', () => updateImage(client.api, guarded, [{ op: 'replace', path: '/status', value: 'active' }]));
    rec.value('read-only PATCH: body', readOnly.last?.data ?? null);
    await rec.call(client, 'PATCH /v2/images/{id} protected=false', () => updateImage(client.api, guarded, [{ op: 'replace', path: '/protected', value: false }]), { shape: false });
    await rec.call(client, 'DELETE the unprotected image', () => deleteImage(client.api, guarded));
  },
};
