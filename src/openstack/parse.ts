import type { z } from 'zod';
import { OpenStackError } from './errors';
import { serviceName, type ServiceKind } from './service-kind';

// Lives in service-kind.ts: the HTTP layer and the error wording name services without zod.
export { serviceName };

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    const key = String(part);
    return acc ? `${acc}.${key}` : key;
  }, '');
}

/** Validates an answer at the boundary; a mismatch names the service and the field. */
export function parseAnswer<S extends z.ZodType>(schema: S, data: unknown, service: ServiceKind, what: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? fieldPath(issue.path) : '';
  const detail = issue ? issue.message : 'unexpected shape';
  throw new OpenStackError({
    service,
    kind: 'parse',
    status: null,
    field: field || '(body)',
    message: `${serviceName(service)} answered ${what} in a form this dashboard cannot read: field "${field || '(body)'}": ${detail}.`,
  });
}
