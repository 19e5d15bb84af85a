// Wraps only the list (a route group), so the request's own page and the form stream on their own.
import { ListPageSkeleton } from "@/components/list/list-page-skeleton";

export default function Loading() {
  return <ListPageSkeleton label="Loading financing requests…" />;
}
