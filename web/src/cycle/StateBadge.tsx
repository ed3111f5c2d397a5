/** A state of the cycle as a badge (the text says it: colour is never the only cue), with "Sen" beside it when late. */
export function StateBadge({ state, label, late = false }: { state: string; label: string; late?: boolean }) {
  return (
    <span>
      <span className={`state-badge state-${state}`}>{label}</span>
      {late && <span className="state-badge state-late">Sen</span>}
    </span>
  );
}
