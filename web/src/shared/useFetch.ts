import { useCallback, useEffect, useState } from 'react';

export type FetchState<T> =
  | { status: 'loading'; data: T | undefined }
  | { status: 'ok'; data: T }
  | { status: 'error'; data: T | undefined; error: Error };

/**
 * Runs `load` whenever `key` changes; aborts the previous call. While a new key loads, the data
 * of the previous key stays available (so a period switch does not blank the page).
 */
export function useFetch<T>(key: string, load: (signal: AbortSignal) => Promise<T>): FetchState<T> & { retry: () => void } {
  const [state, setState] = useState<FetchState<T>>({ status: 'loading', data: undefined });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is keyed by `key`.
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', data: previous.data }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ok', data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const err = error instanceof Error ? error : new Error(String(error));
        setState((previous) => ({ status: 'error', data: previous.data, error: err }));
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
