/** A failure of the last action, in the UI language, announced to screen readers; nothing when null. */
export function ErrorMessage({ error, testId }: { error: string | null; testId?: string }) {
  if (error === null) return null;
  return (
    <p className="error" role="alert" data-testid={testId}>
      {error}
    </p>
  );
}
