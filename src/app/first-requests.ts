import { QueryClient } from '@tanstack/react-query';
import axios, { type AxiosAdapter, type AxiosHeaders } from 'axios';
import { FIRST_REQUESTS_KEY } from '@/openstack/early-requests/replay.mjs';
import { createCloudApi } from '@/openstack/http';
import type { SessionData } from '@/openstack/session-data';
import { firstPageReadOf, panelLists } from './first-panel';

/** One request index.html's script sends for a page: the address and the headers but the token. */
export interface RecordedRequest {
  url: string;
  headers: Record<string, string>;
}

/** What sessionStorage holds under FIRST_REQUESTS_KEY (replay.mjs reads it). */
export interface RecordedFirstRequests {
  authUrl: string;
  project: string;
  /** By the page's address (path and query) as the browser's location gives it. */
  pages: Record<string, RecordedRequest[]>;
}

/** Pages kept: the list panels' own addresses and the last filtered ones visited. */
const MAX_PAGES = 16;

function withoutToken(headers: AxiosHeaders): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers.toJSON())) {
    if (typeof value === 'string' && name.toLowerCase() !== 'x-auth-token') kept[name] = value;
  }
  return kept;
}

/**
 * The GETs the first-page read of the panel at `pathname` + `search` sends, found by running that
 * read (the page's own query) with an adapter that sends nothing: the address is the data layer's,
 * never worked out a second time. Null when the address is no list panel.
 */
export async function firstRequestsOf(session: SessionData, pathname: string, search: string): Promise<RecordedRequest[] | null> {
  const read = firstPageReadOf(pathname);
  if (!read) return null;
  const seen: RecordedRequest[] = [];
  const recordOnly: AxiosAdapter = (config) => {
    if ((config.method ?? 'get').toLowerCase() === 'get') seen.push({ url: axios.getUri(config), headers: withoutToken(config.headers) });
    return Promise.reject(new Error('recorded, not sent'));
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await read(client, createCloudApi(session, { adapter: recordOnly }), new URLSearchParams(search)).catch(() => undefined);
  client.clear();
  return seen;
}

function readRecorded(storage: Storage): RecordedFirstRequests | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(FIRST_REQUESTS_KEY) ?? 'null');
    return typeof parsed === 'object' && parsed !== null && 'pages' in parsed ? (parsed as RecordedFirstRequests) : null;
  } catch {
    return null;
  }
}

type Address = { pathname: string; search: string };

/** The list panels' own addresses, without filters. */
const panelAddresses: Address[] = Object.keys(panelLists).map((pathname) => ({ pathname, search: '' }));

/**
 * Records the first requests of `addresses` (by default every list panel's own address) next to
 * those recorded before in this session, for index.html's script to send at the next load of one
 * of them. Signing in records the panels before the first page (App's prepareSession); the shell
 * adds the page on screen (FirstRequestRecorder). Addresses that are no list panel cost nothing.
 */
export async function recordFirstRequests(session: SessionData, addresses: Address[] = panelAddresses, storage: Storage = sessionStorage): Promise<void> {
  const listed = addresses.filter(({ pathname }) => firstPageReadOf(pathname) !== undefined);
  if (listed.length === 0) return;
  const found = await Promise.all(listed.map(async ({ pathname, search }) => [`${pathname}${search}`, await firstRequestsOf(session, pathname, search)] as const));
  const pages: Record<string, RecordedRequest[]> = {};
  for (const [key, requests] of found) if (requests && requests.length > 0) pages[key] = requests;
  const earlier = readRecorded(storage);
  if (earlier && earlier.project === session.project.id && earlier.authUrl === session.authUrl) {
    for (const [key, requests] of Object.entries(earlier.pages)) {
      if (Object.keys(pages).length >= MAX_PAGES) break;
      if (!(key in pages)) pages[key] = requests;
    }
  }
  const recorded: RecordedFirstRequests = { authUrl: session.authUrl, project: session.project.id, pages };
  try {
    storage.setItem(FIRST_REQUESTS_KEY, JSON.stringify(recorded));
  } catch {
    // a full or blocked storage only costs the early start
  }
}
