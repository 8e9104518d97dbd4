// Runs an API call when its inputs change; drops stale responses so fast typing never shows
// results for an older query.
import { useEffect, useRef, useState } from 'react';

export interface AsyncState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

/** `peek` may return the answer already at hand (a cache): it is shown without a loading state. */
export function useApi<T>(call: () => Promise<T>, deps: unknown[], peek?: () => T | undefined): AsyncState<T> {
  const [state, setState] = useState<{ data: T | null; error: string | null; loading: boolean }>(() => {
    const ready = peek?.();
    return { data: ready ?? null, error: null, loading: ready === undefined };
  });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    const mine = ++seq.current;
    const ready = tick === 0 ? peek?.() : undefined;
    if (ready !== undefined) {
      setState((s) => (s.data === ready && !s.loading ? s : { data: ready, error: null, loading: false }));
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    call().then(
      (data) => mine === seq.current && setState({ data, error: null, loading: false }),
      (err: unknown) =>
        mine === seq.current &&
        setState({ data: null, error: err instanceof Error ? err.message : String(err), loading: false }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
