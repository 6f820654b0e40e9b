import type { ServiceKind } from './service-kind';

export type OpenStackErrorKind = 'http' | 'network' | 'parse' | 'config';

export interface OpenStackErrorInfo {
  service: ServiceKind;
  kind: OpenStackErrorKind;
  /** HTTP status, or null when no answer came back. */
  status: number | null;
  /** The service's own words, cleaned of markup; never empty. */
  message: string;
  /** Nova/Cinder fault name (`itemNotFound`, `overLimit`, …), Neutron type or Keystone title. */
  faultName?: string;
  requestId?: string;
  /** For parse errors: the path of the field that did not match. */
  field?: string;
  method?: string;
  url?: string;
}

/** The one error type every client call throws. */
export class OpenStackError extends Error {
  readonly service: ServiceKind;
  readonly kind: OpenStackErrorKind;
  readonly status: number | null;
  readonly faultName?: string;
  readonly requestId?: string;
  readonly field?: string;
  readonly method?: string;
  readonly url?: string;

  constructor(info: OpenStackErrorInfo) {
    super(info.message);
    this.name = 'OpenStackError';
    this.service = info.service;
    this.kind = info.kind;
    this.status = info.status;
    this.faultName = info.faultName;
    this.requestId = info.requestId;
    this.field = info.field;
    this.method = info.method;
    this.url = info.url;
  }

  get isUnauthorized(): boolean {
    return this.status === 401;
  }
}

export function isOpenStackError(error: unknown): error is OpenStackError {
  return error instanceof OpenStackError;
}

/** The cloud refused the token (it expired or was revoked): nothing was done. */
export function isUnauthorized(error: unknown): boolean {
  return isOpenStackError(error) && error.status === 401;
}

/** `read`'s answer, or null when the service says the resource is not there (404). */
export async function orNullOn404<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (isOpenStackError(error) && error.status === 404) return null;
    throw error;
  }
}
