/** Loading and error states, announced to screen readers. */
export function Loading({ text = 'Hämtar uppgifter …' }: { text?: string }) {
  return (
    <p className="status status-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}

export function ErrorMessage({
  title,
  error,
  onRetry,
  retrying = false,
}: {
  title: string;
  error: Error;
  onRetry?: () => void;
  /** The retry is under way: the button says so and does nothing more. */
  retrying?: boolean;
}) {
  return (
    <div className="status status-error" role="alert">
      <p className="status-title">{title}</p>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={retrying ? undefined : onRetry} aria-disabled={retrying || undefined}>
          {retrying ? 'Försöker igen …' : 'Försök igen'}
        </button>
      )}
    </div>
  );
}

/** The error of a failed query, with a retry that asks again. */
export function QueryError({
  title,
  query,
}: {
  title: string;
  query: { error: Error | null; isFetching: boolean; refetch: () => unknown };
}) {
  if (!query.error) return null;
  return <ErrorMessage title={title} error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
}
