/** The technical message of an error, folded away for whoever wants to report it. */
export function ErrorDetails({ error, summary }: { error: unknown; summary: string }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <details className="error-details">
      <summary>{summary}</summary>
      <pre>{message}</pre>
    </details>
  );
}
