// Shown while the funding report loads. Wraps only the report (a route group): a record's
// page must not stream, so notFound() answers 404.
import { ListPageSkeleton } from "@/components/list/list-page-skeleton";

export default function Loading() {
  return <ListPageSkeleton label="Loading the funding report…" chips totals chart />;
}
