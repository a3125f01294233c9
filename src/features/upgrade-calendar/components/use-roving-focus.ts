import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface RovingFocusOptions {
  /**
   * Brings an item into the page before it is focused: a virtual list renders only the rows in
   * view, so the item a key moves to may not exist yet. Focus follows on the render that shows it.
   */
  reveal?: (index: number) => void;
}

/**
 * Roving tabindex over a list of items (the week's blocks): one tab stop for the whole grid,
 * arrow keys, Home and End move between items. Items are found by their data-roving-index.
 */
export function useRovingFocus(count: number, { reveal }: RovingFocusOptions = {}) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));
  const container = useRef<HTMLElement | null>(null);
  // The item a key asked for that was not rendered yet.
  const pending = useRef<number | undefined>(undefined);

  const focusItem = useCallback(
    (index: number): boolean => {
      const item = container.current?.querySelector<HTMLElement>(`[data-roving-index="${index}"]`);
      // When the list scrolls its rows itself, the browser's own scrolling would hide the item
      // under the sticky day headers.
      item?.focus({ preventScroll: reveal !== undefined });
      return item !== undefined && item !== null;
    },
    [reveal],
  );

  // After every render: the row a key scrolled to may have just appeared.
  useEffect(() => {
    if (pending.current !== undefined && focusItem(pending.current)) pending.current = undefined;
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const moves: Record<string, number> = {
        ArrowDown: current + 1,
        ArrowRight: current + 1,
        ArrowUp: current - 1,
        ArrowLeft: current - 1,
        Home: 0,
        End: count - 1,
      };
      const target = moves[event.key];
      if (target === undefined || count === 0) return;
      // Keys inside an expanded row's links are theirs.
      if (!(event.target instanceof HTMLElement) || !event.target.hasAttribute('data-roving-index')) return;
      event.preventDefault();
      const next = Math.min(count - 1, Math.max(0, target));
      container.current = event.currentTarget;
      setActive(next);
      reveal?.(next);
      pending.current = focusItem(next) ? undefined : next;
    },
    [count, current, focusItem, reveal],
  );

  // One function while the active item stays: the rows that take it can skip re-rendering.
  const itemProps = useCallback(
    (index: number) => ({
      tabIndex: index === current ? 0 : -1,
      'data-roving-index': index,
      onFocus: () => setActive(index),
    }),
    [current],
  );

  return { active: current, onKeyDown, itemProps };
}
