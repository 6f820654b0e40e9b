// @ts-check
/** The name a downloaded image is saved under, and its Content-Disposition (the server and the mock cloud share it). */

const MAX_NAME_CHARS = 120;

/**
 * `<name>.<disk_format>`, safe on any file system: no path separators, control or reserved
 * characters, no leading dots; the image id when the name is empty.
 * @param {{ id: string, name: string | null | undefined, diskFormat: string | null | undefined }} image
 */
export function downloadFileName(image) {
  const clean = (/** @type {string} */ text) =>
    text
      .normalize('NFC')
      .replace(/[\p{Cc}<>:"/\\|?*]+/gu, '_')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[.\s]+|[.\s]+$/g, '');
  const base = Array.from(clean(image.name ?? '')).slice(0, MAX_NAME_CHARS).join('') || image.id;
  const format = clean(image.diskFormat ?? '').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return format ? `${base}.${format}` : base;
}

/**
 * `attachment` with an ASCII fallback name and the exact one as RFC 5987 UTF-8.
 * @param {string} fileName
 */
export function contentDisposition(fileName) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
