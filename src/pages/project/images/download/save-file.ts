/**
 * Hands a file to the browser's downloads. A link (gateway mode) is followed, so the browser
 * streams it to disk; bytes (the demo, whose service worker never sees navigations) go through an
 * object URL.
 */
function clickDownloadLink(href: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}

export function saveFromLink(url: string, fileName: string): void {
  clickDownloadLink(url, fileName);
}

export function saveBytes(bytes: ArrayBuffer, fileName: string): void {
  const objectUrl = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  clickDownloadLink(objectUrl, fileName);
  // The click has handed the Blob to the download; the URL can go once this task ends.
  setTimeout(() => URL.revokeObjectURL(objectUrl), 0);
}
