export function PreviewFacts({ facts }: { facts: [string, string][] }) {
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-3 rounded-lg border border-gray-200 bg-white px-5 py-4">
      {facts.map(([term, value]) => (
        <div key={term} className="min-w-0">
          <dt className="text-sm text-gray-600">{term}</dt>
          <dd className="font-semibold break-all text-gray-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
