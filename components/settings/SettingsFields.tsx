/**
 * The options page's helpers that are not fields (the fields themselves are components/Field.tsx):
 * which values IT manages, and a refusal's lines as a list.
 */

/** Whether IT manages this field, named either whole ("practitioner") or by path ("practitioner.email"). */
export function isManaged(managed: readonly string[], path: string): boolean {
  const top = path.split('.')[0] ?? path;
  return managed.includes(path) || managed.includes(top);
}

/** The lines of a refusal ("The file was not imported:\nstages.0: …") as a heading and a list. */
export function ProblemList({ message }: { message: string }) {
  const [first = '', ...rest] = message.split('\n').filter((line) => line.trim() !== '');
  return (
    <div class="error-summary" role="alert">
      <p class="error">{first}</p>
      {rest.length > 0 && (
        <ul>
          {rest.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
