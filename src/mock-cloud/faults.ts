/**
 * Error bodies per service, as the real services write them:
 * - Keystone (and keystonemiddleware's 401 everywhere): {"error": {"code", "title", "message"}}
 * - Nova and Cinder: {"<faultName>": {"code", "message"}} (+ retryAfter on 413)
 * - Glance: webob's default — HTML, or {"message", "code": "403 Forbidden", "title"} when Accept has JSON
 * - Neutron: {"NeutronError": {"type", "message", "detail": ""}}
 */
export type Service = 'identity' | 'compute' | 'image' | 'volume' | 'network';

const titles: Record<number, string> = {
  300: 'Multiple Choices',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const faultNames: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'itemNotFound',
  405: 'badMethod',
  409: 'conflictingRequest',
  413: 'overLimit',
  415: 'badMediaType',
  429: 'overLimit',
  501: 'notImplemented',
  503: 'serviceUnavailable',
};

const neutronTypes: Record<number, string> = {
  400: 'BadRequest',
  401: 'NotAuthorized',
  403: 'PolicyNotAuthorized',
  404: 'NotFound',
  409: 'Conflict',
  503: 'ServiceUnavailable',
};

function statusTitle(status: number): string {
  return titles[status] ?? 'Error';
}

export interface FaultOptions {
  /** The request's Accept header (Glance chooses HTML or JSON from it). */
  accept?: string | null;
  neutronType?: string;
  retryAfter?: string;
}

export interface RenderedFault {
  body: string;
  contentType: string;
}

export function renderFault(service: Service, status: number, message: string, options: FaultOptions = {}): RenderedFault {
  const json = (value: unknown): RenderedFault => ({ body: JSON.stringify(value), contentType: 'application/json' });
  switch (service) {
    case 'identity':
      return json({ error: { code: status, title: statusTitle(status), message } });
    case 'compute':
    case 'volume': {
      const name = faultNames[status] ?? 'computeFault';
      const fault: Record<string, unknown> = { code: status, message };
      if ((status === 413 || status === 429) && options.retryAfter !== undefined) fault['retryAfter'] = options.retryAfter;
      return json({ [name]: fault });
    }
    case 'network':
      return json({
        NeutronError: { type: options.neutronType ?? neutronTypes[status] ?? 'HTTPInternalServerError', message, detail: '' },
      });
    case 'image':
      return glanceFault(status, message, options.accept ?? null);
  }
}

function glanceFault(status: number, message: string, accept: string | null): RenderedFault {
  const code = `${status} ${statusTitle(status)}`;
  if (accept?.includes('application/json')) {
    return {
      body: JSON.stringify({ message: `${message}<br /><br />\n\n\n`, code, title: statusTitle(status) }),
      contentType: 'application/json',
    };
  }
  const body =
    `<html>\n <head>\n  <title>${code}</title>\n </head>\n <body>\n  <h1>${code}</h1>\n` +
    `  ${escapeHtml(message)}<br /><br />\n\n\n\n </body>\n</html>`;
  return { body, contentType: 'text/html; charset=UTF-8' };
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The generic message a scenario failure carries when the test gives no body. */
export function defaultMessage(status: number): string {
  switch (status) {
    case 400:
      return 'The server could not comply with the request since it is either malformed or otherwise incorrect.';
    case 401:
      return 'The request you have made requires authentication.';
    case 403:
      return 'You are not authorized to perform the requested action.';
    case 404:
      return 'The resource could not be found.';
    case 409:
      return 'There was a conflict when trying to complete your request.';
    case 413:
      return 'Quota exceeded.';
    case 503:
      return 'The service is temporarily unavailable.';
    default:
      return 'An unexpected error prevented the server from fulfilling your request.';
  }
}
