/**
 * An answer with image bytes, as Glance gives it: 200 with the whole data, or 206 for one byte
 * range (`bytes=a-b`, `bytes=a-`, `bytes=-n`), 416 for a range outside the data.
 */
export function byteAnswer(bytes: Uint8Array, range: string | null, headers: Record<string, string> = {}): Response {
  const size = bytes.length;
  const body = (part: Uint8Array) => part.slice().buffer;
  const match = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
  if (match && (match[1] !== '' || match[2] !== '')) {
    const start = match[1] === '' ? Math.max(0, size - Number(match[2])) : Number(match[1]);
    const end = match[1] === '' || match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
    if (start >= size || start > end) {
      return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
    }
    return new Response(body(bytes.subarray(start, end + 1)), {
      status: 206,
      headers: {
        ...headers,
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(end - start + 1),
        'Content-Range': `bytes ${start}-${end}/${size}`,
      },
    });
  }
  return new Response(body(bytes), {
    status: 200,
    headers: { ...headers, 'Content-Type': 'application/octet-stream', 'Content-Length': String(size) },
  });
}
