import { onTestFinished } from 'vitest';

export interface LiveRecording {
  /** Every text that appeared in a polite live region, in order. */
  polite: string[];
  /** Every text that appeared in an assertive live region, in order. */
  assertive: string[];
}

function liveRegionOf(node: Node): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement;
  return element?.closest<HTMLElement>('[aria-live]') ?? null;
}

/**
 * What a screen reader would be told: the text of every node added inside an `aria-live` region
 * (the region's own text changes included), recorded from now until the test ends.
 */
export function recordLiveRegions(): LiveRecording {
  const recording: LiveRecording = { polite: [], assertive: [] };
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const added = mutation.type === 'characterData' ? [mutation.target] : Array.from(mutation.addedNodes);
      for (const node of added) {
        const region = liveRegionOf(node);
        const text = node.textContent?.trim();
        if (!region || !text) continue;
        const politeness = region.getAttribute('aria-live');
        if (politeness === 'polite') recording.polite.push(text);
        if (politeness === 'assertive') recording.assertive.push(text);
      }
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  onTestFinished(() => observer.disconnect());
  return recording;
}
