import { createContext, useCallback, useContext, useEffect } from 'react';

/** What the app shell does with a page's main heading: names the document after it and focuses it after a navigation. */
export interface PageHeadingHandler {
  /** The page's `h1` as it mounts; the answer is called as it unmounts. */
  heading(element: HTMLElement): () => void;
  /** The page's own part of the document title ("Images", an image's name). */
  title(text: string): void;
}

const ignore: PageHeadingHandler = { heading: () => () => undefined, title: () => undefined };

export const PageHeadingContext = createContext<PageHeadingHandler>(ignore);

/** Registers a page's main heading with the shell; returns the ref for the `h1` (which needs tabIndex -1). */
export function usePageHeading(title: string): (element: HTMLElement | null) => (() => void) | undefined {
  const handler = useContext(PageHeadingContext);
  useEffect(() => {
    handler.title(title);
  }, [handler, title]);
  return useCallback((element: HTMLElement | null) => (element ? handler.heading(element) : undefined), [handler]);
}

/** Sets the document title while the calling page is shown (pages outside the shell: the login page). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
