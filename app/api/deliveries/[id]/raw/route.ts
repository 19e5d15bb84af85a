// GET /api/deliveries/[id]/raw: a delivery's body byte for byte, as a download, with
// the content type it arrived with (staff who may see deliveries only).
import { authorizeRequest } from "@/lib/auth/session";
import { getRawBody } from "@/lib/deliveries/get-raw-body";

// A stored content type is whatever the sender said: only a well-formed one is echoed.
const SAFE_CONTENT_TYPE = /^[\w.+-]+\/[\w.+-]+(\s*;\s*[\w.+-]+=("[^"\r\n]*"|[\w.+-]+))*$/;

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const authorized = await authorizeRequest("viewOperations");
  if ("response" in authorized) return authorized.response;
  const { id } = await params;
  const delivery = await getRawBody(id);
  if (!delivery) return Response.json({ error: "No such delivery." }, { status: 404 });
  if (delivery.bodyPurgedAt)
    return Response.json(
      { error: `The body was purged on ${delivery.bodyPurgedAt.toISOString()} (retention, or an erased customer).` },
      { status: 410 },
    );

  const contentType = delivery.contentType?.trim() ?? "";
  const media = contentType.split(";")[0]!.trim().toLowerCase();
  const extension = media.endsWith("json") ? "json" : media === "application/x-www-form-urlencoded" ? "txt" : "bin";
  return new Response(new Uint8Array(delivery.rawBody), {
    headers: {
      "content-type": SAFE_CONTENT_TYPE.test(contentType) ? contentType : "application/octet-stream",
      "content-disposition": `attachment; filename="delivery-${delivery.id}-body.${extension}"`,
      "content-length": String(delivery.rawBody.byteLength),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}
