// The body as received: formatted JSON, a form's fields, plain text, or why it cannot be shown;
// the raw text below a formatted view.
import type { BodyView } from "@/lib/deliveries/describe-body";

import { FieldTable } from "./field-table";

const pre =
  "max-h-[32rem] overflow-auto rounded-md border border-gray-200 bg-gray-50 p-3 font-mono text-xs whitespace-pre-wrap break-all text-gray-900";

export function Body({ view }: { view: BodyView }) {
  return (
    <>
      <FormattedBody view={view} />
      {view.kind !== "empty" && view.kind !== "binary" && view.kind !== "text" && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-accent-700">
            Raw body, exactly as received
          </summary>
          <pre className="mt-2 max-h-96 overflow-auto rounded-md border border-gray-200 bg-gray-50 p-3 font-mono text-xs break-all whitespace-pre-wrap text-gray-900">
            {view.text}
          </pre>
        </details>
      )}
    </>
  );
}

function FormattedBody({ view }: { view: BodyView }) {
  switch (view.kind) {
    case "empty":
      return <p className="text-sm text-gray-600">The body was empty.</p>;
    case "binary":
      return (
        <p className="text-sm text-gray-600">
          {view.bytes.toLocaleString("en-US")} bytes that are not UTF-8 text: download the raw body to inspect them.
        </p>
      );
    case "text":
      return <pre className={pre}>{view.text}</pre>;
    case "json":
      return (
        <pre className={pre} aria-label="JSON body, formatted">
          {view.pretty}
        </pre>
      );
    case "form":
      return <FieldTable caption="URL-encoded body as fields" names={["Field", "Value"]} pairs={view.pairs} />;
  }
}
