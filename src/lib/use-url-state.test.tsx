import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { readUrlState, urlField, useUrlState, writeUrlState, type UrlFields } from './use-url-state';

interface ImagesState {
  name: string;
  sort: { key: 'name' | 'created_at'; dir: 'asc' | 'desc' } | null;
  limit: number;
  markers: string[];
}

const fields: UrlFields<ImagesState> = {
  name: urlField.string(),
  sort: urlField.sort(['name', 'created_at'], { key: 'created_at', dir: 'desc' }),
  limit: urlField.integer(20, [20, 50, 100, 1000]),
  markers: { ...urlField.list(), param: 'marker' },
};

function Probe() {
  const [state, setState] = useUrlState(fields);
  return (
    <div>
      <output aria-label="state">{JSON.stringify(state)}</output>
      <button type="button" onClick={() => setState({ name: 'web' }, { replace: true })}>
        filter
      </button>
      <button type="button" onClick={() => setState({ sort: { key: 'name', dir: 'asc' }, markers: [] })}>
        sort by name
      </button>
      <button type="button" onClick={() => setState((current) => ({ markers: [...current.markers, `m${current.markers.length + 1}`] }))}>
        next page
      </button>
      <button type="button" onClick={() => setState({ limit: 20, sort: { key: 'created_at', dir: 'desc' }, name: '' })}>
        reset
      </button>
    </div>
  );
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/images', element: <Probe /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  const state = () => JSON.parse(screen.getByRole('status', { name: 'state' }).textContent ?? '{}') as ImagesState;
  return { router, state, user: userEvent.setup() };
}

describe('useUrlState', () => {
  it('gives the defaults for a bare URL', () => {
    const { state } = renderAt('/images');
    expect(state()).toEqual({ name: '', sort: { key: 'created_at', dir: 'desc' }, limit: 20, markers: [] });
  });

  it('reads typed values and ignores invalid ones', () => {
    const { state } = renderAt('/images?name=db&sort=name:asc&limit=50&marker=a&marker=b');
    expect(state()).toEqual({ name: 'db', sort: { key: 'name', dir: 'asc' }, limit: 50, markers: ['a', 'b'] });
  });

  it('falls back to defaults for values it does not accept', () => {
    const { state } = renderAt('/images?sort=size:sideways&limit=7');
    expect(state()).toMatchObject({ sort: { key: 'created_at', dir: 'desc' }, limit: 20 });
  });

  it('writes changes to the URL, keeps unrelated params and omits defaults', async () => {
    const { router, state, user } = renderAt('/images?tab=snapshots&limit=50');
    await user.click(screen.getByRole('button', { name: 'sort by name' }));
    expect(state().sort).toEqual({ key: 'name', dir: 'asc' });
    expect(router.state.location.search).toBe('?tab=snapshots&limit=50&sort=name%3Aasc');

    await user.click(screen.getByRole('button', { name: 'next page' }));
    await user.click(screen.getByRole('button', { name: 'next page' }));
    expect(state().markers).toEqual(['m1', 'm2']);
    expect(new URLSearchParams(router.state.location.search).getAll('marker')).toEqual(['m1', 'm2']);

    await user.click(screen.getByRole('button', { name: 'reset' }));
    expect(router.state.location.search).toBe('?tab=snapshots&marker=m1&marker=m2');
  });

  it('pushes history by default and replaces when asked', async () => {
    const { router, user } = renderAt('/images');
    await user.click(screen.getByRole('button', { name: 'sort by name' }));
    await user.click(screen.getByRole('button', { name: 'filter' }));
    expect(router.state.location.search).toBe('?sort=name%3Aasc&name=web');
    await act(() => router.navigate(-1));
    // The filter replaced the sort entry, so Back leaves the sorted-and-filtered view for the bare one.
    expect(router.state.location.search).toBe('');
  });
});

describe('readUrlState / writeUrlState', () => {
  it('round-trips state through search params', () => {
    const state: ImagesState = { name: 'a b', sort: null, limit: 100, markers: ['x'] };
    const params = writeUrlState(fields, new URLSearchParams(), state);
    expect(params.toString()).toBe('name=a+b&sort=none&limit=100&marker=x');
    expect(readUrlState(fields, params)).toEqual(state);
  });
});
