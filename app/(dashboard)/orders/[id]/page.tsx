// One order: its state (holds and flags in words), the cart it came from, the application
// and each lender's outcome, refunds, the funding behind it (amounts for finance only,
// decided on the server), and its whole history. Each card is a section in _sections/.
import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Badge } from "@/components/badge";
import { DetailCard, DetailGrid, DetailSections, DetailTitle } from "@/components/detail-card";
import { PageHeader } from "@/components/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { appTimeZone } from "@/lib/format/format-date-time";
import { getOrder } from "@/lib/orders/get-order";
import { orderStatusLabels, orderStatusTones } from "@/lib/orders/order-labels";

import { Application } from "./_sections/application";
import { Cart } from "./_sections/cart";
import { Funding, Refunds } from "./_sections/money-back";
import { OrderSummary } from "./_sections/summary";
import { OrderTimeline } from "./_sections/timeline";

export const metadata: Metadata = { title: "Order" };

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("viewOperations");
  const order = await getOrder((await params).id, { funding: can(user.role, "viewFunding") ? "detail" : "exists" });
  if (!order) notFound();
  return (
    <>
      <PageHeader
        title={<DetailTitle kind="Order" id={order.merchantTransactionId ?? order.requestToken} />}
        back={{ href: "/orders", label: "Orders" }}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <Badge tone={orderStatusTones[order.status]}>{orderStatusLabels[order.status].label}</Badge>
            <span className="font-mono text-xs">{order.id}</span>
          </span>
        }
      />
      <DetailSections>
        <DetailGrid>
          <OrderSummary order={order} />
          <Cart order={order} />
        </DetailGrid>
        <DetailGrid>
          <Application order={order} />
          <Refunds order={order} />
        </DetailGrid>
        <Funding order={order} />
        <DetailCard title="Timeline" note={`Oldest first. Times in ${appTimeZone()}.`}>
          <OrderTimeline order={order} />
        </DetailCard>
      </DetailSections>
    </>
  );
}
