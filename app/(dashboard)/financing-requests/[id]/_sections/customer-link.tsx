// The link for the customer: copy it or e-mail it; or why there is none (refused, unreachable).
import { CopyLink } from "@/app/(dashboard)/financing-requests/[id]/copy-link";
import { DetailCard } from "@/components/detail-card";
import type { getFinancingRequest } from "@/lib/financing-requests/get-financing-request";
import { formatDateTime } from "@/lib/format/format-date-time";

type Request = NonNullable<Awaited<ReturnType<typeof getFinancingRequest>>>;

export function CustomerLink({ request }: { request: Request }) {
  // A link stored before non-https answers were refused is never offered.
  const url = request.financingUrl?.startsWith("https://") ? request.financingUrl : null;
  return (
    <DetailCard title="Link for the customer">
      {url ? (
        <>
          <div className="flex flex-wrap items-center gap-2">
            <code className="min-w-0 rounded border border-gray-200 bg-gray-50 px-2 py-1 font-mono text-xs break-all">
              {url}
            </code>
            <CopyLink id={request.id} url={url} copied={request.linkCopiedAt !== null} />
            <a
              className="text-sm font-medium text-accent-700 underline"
              href={`mailto:${request.customerEmail}?subject=${encodeURIComponent("Your financing application")}&body=${encodeURIComponent(`Complete your financing application here: ${url}`)}`}
            >
              Email it
            </a>
          </div>
          <p className="mt-2 text-xs text-gray-600">
            {request.linkCopiedAt ? `First copied ${formatDateTime(request.linkCopiedAt)}.` : "Not copied yet."}
          </p>
        </>
      ) : request.state === "REFUSED" ? (
        <p className="text-sm text-red-800">
          WeGetFinancing refused this request, so there is no link: {request.refusalMessage ?? "no reason given"}.
          Correct the sale and create it again with the same merchant transaction id.
        </p>
      ) : (
        <p className="text-sm text-amber-900">
          WeGetFinancing did not confirm this request; if the customer is approved anyway, the order still appears.
        </p>
      )}
    </DetailCard>
  );
}
