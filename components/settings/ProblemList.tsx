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
