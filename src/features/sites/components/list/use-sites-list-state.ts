import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readSitesListState, writeSitesListState, type SitesListState } from './sites-list-params';

/**
 * The list state from the URL, and a way to change it. A change of search, sort or filter goes
 * back to page 1. Typing replaces the history entry (Back should not replay each keystroke);
 * other changes push one, so Back undoes them.
 */
export function useSitesListState() {
  const [query, setQuery] = useSearchParams();
  const state = useMemo(() => readSitesListState(query), [query]);

  const update = useCallback(
    (change: Partial<SitesListState>, options: { replace?: boolean } = {}) => {
      setQuery(
        (current) => {
          const previous = readSitesListState(current);
          const resetsPage = Object.keys(change).some((key) => key !== 'page');
          return writeSitesListState({ ...previous, ...(resetsPage ? { page: 1 } : {}), ...change });
        },
        { replace: options.replace ?? false },
      );
    },
    [setQuery],
  );

  return { state, update };
}
