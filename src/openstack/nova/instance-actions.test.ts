import { http, HttpResponse } from 'msw';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, testApi } from '../test-support';
import { listInstanceActions, listVolumeAttachments } from './instance-actions';
import { rebootServer } from './server-actions';

const NOVA = TEST_ENDPOINTS.compute;
const server = startMockServer();

describe('power actions and the action log (client)', () => {
  it('sends reboot with its type', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(`${NOVA}/servers/:id/action`, async ({ request }) => {
        sent.push(await request.json());
        return new HttpResponse(null, { status: 202 });
      }),
    );
    await rebootServer(testApi(), 'srv', 'SOFT');
    await rebootServer(testApi(), 'srv', 'HARD');
    expect(sent).toEqual([{ reboot: { type: 'SOFT' } }, { reboot: { type: 'HARD' } }]);
  });

  it('reads os-instance-actions as Nova 2.93 answers, and names the field when it does not parse', async () => {
    const entry = {
      action: 'stop',
      instance_uuid: 'srv',
      message: null,
      project_id: 'p',
      request_id: 'req-1',
      start_time: '2026-12-01T23:58:01.000000',
      updated_at: '2026-12-01T23:58:03.000000',
      user_id: 'u',
    };
    server.use(http.get(`${NOVA}/servers/:id/os-instance-actions`, () => HttpResponse.json({ instanceActions: [entry] })));
    expect(await listInstanceActions(testApi(), 'srv')).toEqual([entry]);
    server.use(http.get(`${NOVA}/servers/:id/os-instance-actions`, () => HttpResponse.json({ instanceActions: [{ ...entry, request_id: 7 }] })));
    const failure = await openStackFailure(listInstanceActions(testApi(), 'srv'));
    expect(failure.kind).toBe('parse');
    expect(failure.message).toContain('request_id');
  });

  it('reads volume attachments with their device', async () => {
    server.use(
      http.get(`${NOVA}/servers/:id/os-volume_attachments`, () =>
        HttpResponse.json({ volumeAttachments: [{ device: '/dev/vdb', serverId: 'srv', volumeId: 'vol', tag: null, delete_on_termination: false, attachment_id: 'a', bdm_uuid: 'b' }] }),
      ),
    );
    expect(await listVolumeAttachments(testApi(), 'srv')).toMatchObject([{ device: '/dev/vdb', volumeId: 'vol', delete_on_termination: false }]);
  });
});
