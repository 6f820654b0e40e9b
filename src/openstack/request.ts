import type { z } from 'zod';
import { OpenStackError } from './errors';
import { serviceName } from './parse';
import type { ServiceKind } from './service-kind';

/**
 * Checks a request body against its schema before it leaves the browser, and returns the
 * parsed body (object schemas drop keys they do not know). A mismatch is a bug on our side,
 * reported like a parse error, naming the field.
 */
export function checkRequest<S extends z.ZodType>(schema: S, body: unknown, service: ServiceKind, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)';
  throw new OpenStackError({
    service,
    kind: 'parse',
    status: null,
    field,
    message: `The dashboard did not send ${what} to ${serviceName(service)}: field "${field}" is invalid: ${issue?.message ?? 'unexpected shape'}.`,
  });
}

/** A path segment built from an id: ids come from answers and forms, never trusted as paths. */
export function segment(id: string): string {
  return encodeURIComponent(id);
}
