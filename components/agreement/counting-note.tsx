/** Which codings a page's figures count (the project's counting setting), stated under its title. */
export function CountingNote({ text }: { text: string }) {
  return (
    <p className="mb-4 text-sm text-gray-700" data-testid="counting-note">
      <span className="font-medium text-gray-900">Codings counted:</span> {text}
    </p>
  );
}
