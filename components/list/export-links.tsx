// A list's "Export CSV" and "Excel" links: the list's export route with the view's query
// (every filter, no page position: the file holds every page). Excel's variant is the same
// CSV with a BOM, so Excel reads the UTF-8 names right.
import { buttonClasses } from "@/components/button";
import { firstPageHref, toSearchParams } from "@/lib/pagination/keyset";

type Query = URLSearchParams | Record<string, string | string[] | undefined>;

export function ExportLinks({ href, view, noun }: { href: string; view: { query: Query }; noun: string }) {
  const params = toSearchParams(view.query);
  params.delete("format");
  const csv = firstPageHref(href, params);
  params.set("format", "excel");
  const excel = firstPageHref(href, params);
  const what = <span className="sr-only"> of the {noun} in this view</span>;
  return (
    <div className="mb-2 flex justify-end gap-2">
      <a href={csv} download className={buttonClasses({ size: "sm" })}>
        Export CSV{what}
      </a>
      <a href={excel} download className={buttonClasses({ size: "sm", variant: "ghost" })}>
        Excel{what}
      </a>
    </div>
  );
}
