// Wraps only the list (a route group): a dispute's page must not stream, so notFound() answers 404.
import { ListPageSkeleton } from "@/components/list/list-page-skeleton";

export default function Loading() {
  return <ListPageSkeleton label="Loading disputes…" />;
}
