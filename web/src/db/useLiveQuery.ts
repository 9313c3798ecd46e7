import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * Re-runs a Dexie query whenever the tables it read change (in this tab or another), like
 * dexie-react-hooks' hook of the same name. `undefined` until the first result.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('live query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect; the lint rule checks that list at
    // each call site (additionalHooks in eslint.config.js), which it cannot do here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
