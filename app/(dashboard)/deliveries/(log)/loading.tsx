// Wraps only the log (a route group): a delivery's page must not stream, so notFound() answers 404.
import { ListPageSkeleton } from "@/components/list/list-page-skeleton";

export default function Loading() {
  return <ListPageSkeleton label="Loading deliveries…" />;
}
