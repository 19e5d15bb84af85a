// Wraps only the list (a route group): kept like the other lists so a detail page added later cannot stream.
import { ListPageSkeleton } from "@/components/list/list-page-skeleton";

export default function Loading() {
  return <ListPageSkeleton label="Loading orders…" />;
}
