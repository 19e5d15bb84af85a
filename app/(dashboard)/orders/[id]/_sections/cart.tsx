// What was sold: the cart's items, shipping, tax and total, and where it goes.
import { DataTable, none, TableHead, Td } from "@/components/data-table";
import { DetailCard } from "@/components/detail-card";
import { formatMoney } from "@/lib/format/format-money";
import { cartLines } from "@/lib/orders/cart-lines";
import type { OrderDetail } from "@/lib/orders/get-order";

type Address = { street1?: string; city?: string; state?: string; zipcode?: string };

function addressText(value: unknown): string | null {
  if (!value || typeof value !== "object") return null;
  const a = value as Address;
  return [a.street1, a.city, [a.state, a.zipcode].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null;
}

export function Cart({ order }: { order: OrderDetail }) {
  const cart = order.pendingCart;
  const lines = cartLines(cart?.items ?? order.items);
  const money = (value: string | null | { toFixed(): string }) =>
    value === null ? none : formatMoney(value, order.currency);
  return (
    <DetailCard title="Cart">
      {lines.length ? (
        <DataTable
          caption="The cart's items: SKU, item, unit price, quantity and tax per unit"
          scrollLabel="Cart items"
        >
          <TableHead
            columns={["SKU", "Item", "Unit price", "Qty", "Tax per unit"]}
            right={["Unit price", "Qty", "Tax per unit"]}
          />
          <tbody>
            {lines.map((line, index) => (
              <tr key={index}>
                <Td className="font-mono text-xs">{line.sku ?? none}</Td>
                <Td>{line.name ?? none}</Td>
                <Td className="text-right">{money(line.unitPrice)}</Td>
                <Td className="text-right">{line.quantity ?? none}</Td>
                <Td className="text-right">{money(line.unitTax)}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p className="text-sm text-gray-600">The cart&apos;s items are not known.</p>
      )}
      {cart && (
        <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-2">
          <dt className="text-gray-600">Items</dt>
          <dd className="text-right tabular-nums">{money(cart.amount)}</dd>
          <dt className="text-gray-600">Tax</dt>
          <dd className="text-right tabular-nums">{money(cart.taxAmount)}</dd>
          <dt className="text-gray-600">Shipping</dt>
          <dd className="text-right tabular-nums">{money(cart.shippingAmount)}</dd>
          <dt className="font-medium text-gray-900">Total</dt>
          <dd className="text-right font-medium tabular-nums">
            {money(cart.amount.plus(cart.taxAmount).plus(cart.shippingAmount))}
          </dd>
          <dt className="text-gray-600">Billing address</dt>
          <dd className="text-right">{addressText(cart.billingAddress) ?? none}</dd>
          <dt className="text-gray-600">Shipping address</dt>
          <dd className="text-right">{addressText(cart.shippingAddress) ?? none}</dd>
        </dl>
      )}
    </DetailCard>
  );
}
