import { useEffect, useState } from 'react';
import { DateTime } from '@/lib/date-time';

/** The current instant, refreshed every minute so shown local times and offsets stay true. */
export function useNow(refreshMs = 60_000): DateTime {
  const [now, setNow] = useState(() => DateTime.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(DateTime.now()), refreshMs);
    return () => window.clearInterval(timer);
  }, [refreshMs]);
  return now;
}
