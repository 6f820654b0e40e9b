/**
 * Reads the message out of an OpenStack error body. Each service has its own shape:
 * Nova/Cinder `{"<faultName>": {code, message}}`, Keystone `{"error": {code, title, message}}`,
 * Neutron `{"NeutronError": {type, message, detail}}`, Glance plain HTML or webob JSON
 * `{"message": "… <br /><br />", "code": "403 Forbidden", "title": "Forbidden"}`.
 */
export interface ErrorBodyMessage {
  message: string;
  faultName?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function fromHtml(html: string): ErrorBodyMessage | null {
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  let text = cleanText(body.replace(/<h1>[\s\S]*?<\/h1>/i, ' ').replace(/<title>[\s\S]*?<\/title>/i, ' '));
  if (title && text.startsWith(title)) text = text.slice(title.length).trim();
  if (text) return { message: text, faultName: title };
  return title ? { message: title } : null;
}

function fromObject(body: Record<string, unknown>): ErrorBodyMessage | null {
  const neutron = body['NeutronError'];
  if (isRecord(neutron) && typeof neutron['message'] === 'string') {
    return { message: cleanText(neutron['message']), faultName: typeof neutron['type'] === 'string' ? neutron['type'] : undefined };
  }
  const keystone = body['error'];
  if (isRecord(keystone) && typeof keystone['message'] === 'string') {
    return { message: cleanText(keystone['message']), faultName: typeof keystone['title'] === 'string' ? keystone['title'] : undefined };
  }
  if (typeof body['message'] === 'string') {
    const title = typeof body['title'] === 'string' ? body['title'] : undefined;
    return { message: cleanText(body['message']), faultName: title };
  }
  const keys = Object.keys(body);
  if (keys.length === 1) {
    const faultName = keys[0] as string;
    const fault = body[faultName];
    if (isRecord(fault) && typeof fault['message'] === 'string') {
      return { message: cleanText(fault['message']), faultName };
    }
  }
  return null;
}

export function messageFromErrorBody(data: unknown): ErrorBodyMessage | null {
  if (typeof data === 'string') {
    const trimmed = data.trim();
    if (!trimmed) return null;
    if (trimmed.startsWith('{')) {
      try {
        return messageFromErrorBody(JSON.parse(trimmed) as unknown);
      } catch {
        return { message: cleanText(trimmed) };
      }
    }
    if (trimmed.startsWith('<')) return fromHtml(trimmed);
    return { message: cleanText(trimmed) };
  }
  if (isRecord(data)) return fromObject(data);
  return null;
}
