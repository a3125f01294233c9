import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { isKnownTimeZone } from '@/domain/places';
import { calendarUrlParams, parseCalendarUrl, type CalendarUrlState } from '../model/calendar-url-state';

/**
 * The calendar's state lives in the link (release, display zone, view, week, filters) so a view
 * can be shared. Typing in a filter replaces the history entry instead of adding one per key.
 */
export function useCalendarUrlState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { state, problems } = useMemo(() => parseCalendarUrl(searchParams, isKnownTimeZone), [searchParams]);
  // The link last asked for. A view change runs in a transition, so the router may not have
  // committed it when the next change (typing a filter) comes: build on what was asked, not
  // on what is shown, or the second change would undo the first.
  const latest = useRef(searchParams);
  // The router's setter changes with every link; `update` stays one function, so the controls,
  // which are memoised, do not re-render when only the week or the view moves.
  const setLink = useRef(setSearchParams);
  useEffect(() => {
    latest.current = searchParams;
    setLink.current = setSearchParams;
  }, [searchParams, setSearchParams]);

  const update = useCallback((change: Partial<CalendarUrlState>, options: { replace?: boolean } = {}) => {
    const base = latest.current;
    const next = calendarUrlParams({ ...parseCalendarUrl(base, isKnownTimeZone).state, ...change }, base);
    latest.current = next;
    setLink.current(next, { replace: options.replace ?? false });
  }, []);

  return { state, problems, update };
}
