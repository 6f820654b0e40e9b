/** How long, once the code is ready, the first render waits for the opening page's rows. */
export const FIRST_DATA_GRACE_MS = 200;

/**
 * When the first render should run: once `code` is ready, and the opening page's first `data` has
 * arrived or failed — but never more than `graceMs` after the code. A first render with the rows
 * in the cache draws the page once; without them React draws a loading page, the browser lays it
 * out, and all of it is done again when the answer lands a few tens of ms later. A slow answer
 * still gets its loading page, `graceMs` later (a blink of a spinner shorter than that is noise).
 */
export async function firstRenderReady(code: Promise<unknown>, data: Promise<unknown>, graceMs: number = FIRST_DATA_GRACE_MS): Promise<void> {
  let dataDone = false;
  const settled = data.then(
    () => {
      dataDone = true;
    },
    () => {
      dataDone = true;
    },
  );
  await code;
  if (dataDone) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([settled, grace]);
  clearTimeout(timer);
}
