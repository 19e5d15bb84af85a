// order.created, order.cancelled, order.refunded: called by lib/orders in the change's transaction.
import type Decimal from "decimal.js";

import { ORDER_DATA_SQL } from "./event-payload-sql";
import type { EventTx } from "./event-writer";
import { recordEventsFrom } from "./record-event";

type OrderEventType = "order.created" | "order.cancelled" | "order.refunded";

export async function recordOrderEvent(
  tx: EventTx,
  type: OrderEventType,
  orderId: string,
  refund?: Decimal,
): Promise<void> {
  const extra = refund ? { refund_amount: refund.toFixed(2) } : {};
  await recordEventsFrom(tx, type, ORDER_DATA_SQL, [orderId, JSON.stringify(extra)]);
}
