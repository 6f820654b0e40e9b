// @vitest-environment jsdom
import { loadRuntimeConfig } from './runtime-config';

function writeInline(json: string): void {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = 'os-config';
  block.textContent = json;
  document.head.append(block);
}

describe('the dashboard’s settings', () => {
  afterEach(() => {
    document.getElementById('os-config')?.remove();
  });

  it('reads the settings the server wrote into the page, and asks for nothing', async () => {
    const fetching = vi.spyOn(globalThis, 'fetch');
    writeInline('{"mode":"gateway","authUrl":"/os/identity/v3","defaults":{"region":"RegionOne"}}');
    await expect(loadRuntimeConfig('https://dash.example')).resolves.toEqual({
      mode: 'gateway',
      authUrl: 'https://dash.example/os/identity/v3',
      defaults: { region: 'RegionOne' },
    });
    expect(fetching).not.toHaveBeenCalled();
  });

  it('reads demo mode from the page as well', async () => {
    writeInline('{"mode":"demo"}');
    const config = await loadRuntimeConfig('https://dash.example');
    expect(config.mode).toBe('demo');
    expect(config.authUrl).toBe('https://dash.example/mock-cloud/identity/v3');
  });

  it('asks /os/config.json when the page carries no settings (a static host, the dev server)', async () => {
    const fetching = vi
      .spyOn(globalThis, 'fetch')
      .mockResolvedValue(new Response('{"mode":"direct","authUrl":"https://keystone.example/v3"}', { headers: { 'Content-Type': 'application/json' } }));
    await expect(loadRuntimeConfig('https://dash.example')).resolves.toEqual({ mode: 'direct', authUrl: 'https://keystone.example/v3', defaults: {} });
    expect(fetching).toHaveBeenCalledWith('/os/config.json', expect.objectContaining({ cache: 'no-store' }));
  });

  it('names the field when the written settings are wrong', async () => {
    writeInline('{"mode":"gateway"}');
    await expect(loadRuntimeConfig('https://dash.example')).rejects.toThrow('field "authUrl"');
  });
});
