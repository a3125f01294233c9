import { useCallback, useRef, type BaseSyntheticEvent } from 'react';

/**
 * Runs one save at a time. A double-click, Enter pressed twice or a key repeat can submit a
 * second time before React re-renders (the form's validation is asynchronous, so the Save button
 * is not even busy yet): a guard read from state would let that second PUT go, with the same
 * If-Match, and it would come back as a conflict with oneself. The check and the mark here are
 * one synchronous step on a ref, so the second submit is dropped whatever has rendered.
 */
export function useSaveOnce() {
  const running = useRef(false);
  return useCallback(async (save: () => Promise<unknown>, event?: BaseSyntheticEvent): Promise<void> => {
    // The browser's own submission (a page load) is stopped even when this submit is dropped.
    event?.preventDefault();
    if (running.current) return;
    running.current = true;
    try {
      await save();
    } finally {
      running.current = false;
    }
  }, []);
}
