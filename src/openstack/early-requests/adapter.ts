import axios, { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { EARLY_REQUESTS_GLOBAL } from './replay.mjs';

/** A request index.html's script sent before the app's code arrived (replay.mjs). */
interface EarlyRequest {
  url: string;
  token: string;
  /** When the script sent it (Date.now()). */
  at: number;
  response: Promise<Response>;
}

/**
 * An answer is taken only while the page is young: the script sends at the page's start, and the
 * app asks within its first second. Later, a list read then would be older than the user expects.
 */
const EARLY_ANSWER_LIFETIME_MS = 15_000;

function isEarlyRequest(value: unknown): value is EarlyRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { url, token, at, response } = value as Record<string, unknown>;
  return typeof url === 'string' && typeof token === 'string' && typeof at === 'number' && response instanceof Promise;
}

/** The early request for `url` sent with `token`, taken out so that only one reader gets it. */
function takeEarlyRequest(url: string, token: string): EarlyRequest | null {
  const sent: unknown = Reflect.get(globalThis, EARLY_REQUESTS_GLOBAL);
  if (!Array.isArray(sent) || sent.length === 0) return null;
  const now = Date.now();
  const index = sent.findIndex((request) => isEarlyRequest(request) && request.url === url && request.token === token && now - request.at <= EARLY_ANSWER_LIFETIME_MS);
  if (index < 0) return null;
  const [taken] = sent.splice(index, 1);
  return isEarlyRequest(taken) ? taken : null;
}

/** What an adapter gives axios for an answer: the body as text (axios parses JSON itself), settled by `validateStatus`. */
async function asAxiosResponse(config: InternalAxiosRequestConfig, pending: Promise<Response>): Promise<AxiosResponse> {
  let answer: Response;
  let data: string;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The same time limit as a request axios sends itself, counted from when the app asked.
  const timedOut = new Promise<never>((_, reject) => {
    if (config.timeout) timer = setTimeout(() => reject(new AxiosError(`timeout of ${config.timeout}ms exceeded`, AxiosError.ECONNABORTED, config)), config.timeout);
  });
  try {
    answer = await Promise.race([pending, timedOut]);
    data = await Promise.race([answer.text(), timedOut]);
  } catch (error) {
    if (error instanceof AxiosError) throw error;
    throw new AxiosError(error instanceof Error ? error.message : 'Network Error', AxiosError.ERR_NETWORK, config);
  } finally {
    clearTimeout(timer);
  }
  const headers = new AxiosHeaders();
  answer.headers.forEach((value, name) => headers.set(name, value));
  const response: AxiosResponse = { data, status: answer.status, statusText: answer.statusText, headers, config, request: null };
  if (!config.validateStatus || config.validateStatus(answer.status)) return response;
  const code = answer.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST;
  throw new AxiosError(`Request failed with status code ${answer.status}`, code, config, null, response);
}

/**
 * The adapter of the cloud's clients: a GET that index.html's script already sent (same address,
 * same token) takes that answer; everything else goes out through axios's own adapter.
 */
export function withEarlyResponses(token: string | undefined): AxiosAdapter {
  const send = axios.getAdapter(axios.defaults.adapter);
  return (config) => {
    if (token && (config.method ?? 'get').toLowerCase() === 'get' && !config.signal?.aborted) {
      const early = takeEarlyRequest(axios.getUri(config), token);
      if (early) return asAxiosResponse(config, early.response);
    }
    return send(config);
  };
}
