import { useCallback, useState, type KeyboardEvent } from 'react';

/**
 * Roving tabindex over a list of items (the week's blocks): one tab stop for the whole grid,
 * arrow keys, Home and End move between items. Items are found by their data-roving-index.
 */
export function useRovingFocus(count: number) {
  const [active, setActive] = useState(0);
  const current = Math.min(active, Math.max(0, count - 1));

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
      event.preventDefault();
      const next = Math.min(count - 1, Math.max(0, target));
      setActive(next);
      event.currentTarget.querySelector<HTMLElement>(`[data-roving-index="${next}"]`)?.focus();
    },
    [count, current],
  );

  const itemProps = (index: number) => ({
    tabIndex: index === current ? 0 : -1,
    'data-roving-index': index,
    onFocus: () => setActive(index),
  });

  return { onKeyDown, itemProps };
}
