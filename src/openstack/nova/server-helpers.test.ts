import { sampleRecord } from '../test-samples';
import { serverListSchema, type Server } from './schemas';
import { isVolumeBacked, serverFlavorId, serverFlavorName, serverImageId, serverIpAddresses, serverTaskState } from './server-helpers';

function firstServer(file: string): Server {
  const server = serverListSchema.parse(sampleRecord(file)).servers[0];
  if (!server) throw new Error('no server');
  return server;
}

const old = firstServer('nova/servers/servers-details-resp.json');
const embedded = firstServer('nova/servers/v2.47/servers-details-resp.json');

describe('server helpers', () => {
  it('flavor id and name: by reference before 2.47, embedded from 2.47', () => {
    expect(serverFlavorId(old)).toBe('1');
    expect(serverFlavorName(old)).toBeNull();
    expect(serverFlavorName(old, [{ id: '1', name: 'm1.tiny', ram: 512, vcpus: 1, disk: 1 }])).toBe('m1.tiny');
    expect(serverFlavorId(embedded)).toBeNull();
    expect(serverFlavorName(embedded)).toBe('m1.tiny.specs');
  });

  it('a server booted from a volume has image ""', () => {
    expect(isVolumeBacked(old)).toBe(false);
    expect(serverImageId(old)).toBe('70a599e0-31e7-49b7-b260-868f441e862b');
    const bfv = serverListSchema.parse({ servers: [{ ...old, image: '' }] }).servers[0];
    expect(bfv && isVolumeBacked(bfv)).toBe(true);
    expect(bfv && serverImageId(bfv)).toBeNull();
  });

  it('lists IP addresses per network with their type', () => {
    const server: Server = {
      ...old,
      addresses: {
        private: [
          { addr: '192.168.1.30', version: 4, 'OS-EXT-IPS:type': 'fixed' },
          { addr: '172.24.4.3', version: 4, 'OS-EXT-IPS:type': 'floating' },
        ],
        v6: [{ addr: 'fd00::5', version: 6 }],
      },
    };
    expect(serverIpAddresses(server)).toEqual([
      { network: 'private', address: '192.168.1.30', version: 4, type: 'fixed' },
      { network: 'private', address: '172.24.4.3', version: 4, type: 'floating' },
      { network: 'v6', address: 'fd00::5', version: 6, type: null },
    ]);
  });

  it('task state is null when idle', () => {
    expect(serverTaskState(old)).toBeNull();
    expect(serverTaskState({ ...old, 'OS-EXT-STS:task_state': 'image_uploading' })).toBe('image_uploading');
  });
});
