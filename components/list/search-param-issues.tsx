// Says which parts of the URL's query were not understood (and so not applied),
// instead of failing the page on a hand-edited or outdated link.
export function SearchParamIssues({ issues }: { issues: string[] }) {
  if (!issues.length) return null;
  return (
    <div
      role="alert"
      className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200 ring-inset"
    >
      <p className="font-medium">Some filters in the address were not understood and are not applied:</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue) => (
          <li key={issue}>{issue}</li>
        ))}
      </ul>
    </div>
  );
}
