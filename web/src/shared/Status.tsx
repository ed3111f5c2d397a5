/** Loading and error states, announced to screen readers. */
export function Loading({ text = 'Hämtar uppgifter …' }: { text?: string }) {
  return (
    <p className="status status-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}

export function ErrorMessage({ title, error, onRetry }: { title: string; error: Error; onRetry?: () => void }) {
  return (
    <div className="status status-error" role="alert">
      <p className="status-title">{title}</p>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Försök igen
        </button>
      )}
    </div>
  );
}
