/** Thrown by handlers; the pipeline renders it in the service's own error format (see faults.ts). */
export interface ApiErrorOptions {
  headers?: Record<string, string>;
  /** Neutron's `type` (the exception class name). */
  neutronType?: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly options: ApiErrorOptions;

  constructor(status: number, message: string, options: ApiErrorOptions = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.options = options;
  }
}

export const badRequest = (message: string): ApiError => new ApiError(400, message);
export const forbidden = (message: string): ApiError => new ApiError(403, message);
export const notFound = (message: string): ApiError => new ApiError(404, message);
export const conflict = (message: string): ApiError => new ApiError(409, message);
/** Cinder's quota errors: 413 with Retry-After 0. */
export const overLimit = (message: string): ApiError => new ApiError(413, message, { headers: { 'Retry-After': '0' } });
