"use client";

// The sale: customer, addresses and cart. Fields are named by path ("billing.city",
// "items.0.sku") and the server reads them with the same schema the domain uses.
import { useActionState, useEffect, useRef, useState } from "react";

import { createFinancingRequestAction } from "@/app/(dashboard)/financing-requests/actions";
import { Button } from "@/components/button";
import { FieldErrors, TextField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";
import { liveTotal } from "@/lib/financing-requests/live-total";

type Item = { key: number; unitPrice: string; quantity: string; unitTax: string };
const idle: ActionState = { status: "idle" };

export function FinancingRequestForm() {
  // React resets a form after its action; after an error, draw it again with what was typed.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [state, action] = useActionState(async (previous: ActionState, formData: FormData) => {
    setAttempt((n) => n + 1);
    setTyped(
      Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === "string")),
    );
    return createFinancingRequestAction(previous, formData);
  }, idle);
  // After a refusal, the first field it names takes the focus (the form was drawn again, see key).
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "error") form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const value = (name: string) => ({ defaultValue: typed[name] ?? "" });
  const errors: Errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const bind: Bind = (name, id) => ({ name, id, ...value(name), errors: errors[name] });
  const [items, setItems] = useState<Item[]>([{ key: 0, unitPrice: "", quantity: "1", unitTax: "" }]);
  const [shipping, setShipping] = useState("");
  const [separateShipping, setSeparateShipping] = useState(false);
  const update = (key: number, patch: Partial<Item>) =>
    setItems((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  /** An item's amount or quantity: kept in state, so the total follows what is typed. */
  const typedField = (index: number, item: Item, field: "unitPrice" | "quantity" | "unitTax", id: string) => ({
    name: `items.${index}.${field}`,
    id: `item-${item.key}-${id}`,
    value: item[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => update(item.key, { [field]: e.target.value }),
    errors: errors[`items.${index}.${field}`],
  });
  const total = liveTotal(items, shipping);

  return (
    <form key={attempt} ref={form} action={action} noValidate className="space-y-6">
      <FormMessage state={state} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-gray-900">Customer</legend>
        <TextField label="First name" {...bind("firstName")} autoComplete="off" required />
        <TextField label="Last name" {...bind("lastName")} autoComplete="off" required />
        <TextField label="Email" {...bind("email")} type="email" autoComplete="off" required />
        <TextField label="Phone (optional)" {...bind("phone")} type="tel" autoComplete="off" hint="10 digits, US" />
      </fieldset>

      <Address prefix="billing" legend="Billing address" errors={errors} bind={bind} />
      <label className="flex items-center gap-2 text-sm text-gray-800">
        <input type="checkbox" checked={separateShipping} onChange={(e) => setSeparateShipping(e.target.checked)} />
        Ship to a different address
      </label>
      {separateShipping && <Address prefix="shipping" legend="Shipping address" errors={errors} bind={bind} />}

      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-semibold text-gray-900">Cart</legend>
        <FieldErrors id="items-error" errors={errors.items} />
        {items.map((item, index) => (
          <div
            key={item.key}
            className="grid items-start gap-2 rounded-md border border-gray-200 p-3 sm:grid-cols-[1fr_2fr_1fr_0.7fr_1fr_auto]"
          >
            <TextField label="SKU" {...bind(`items.${index}.sku`, `item-${item.key}-sku`)} />
            <TextField label="Item" {...bind(`items.${index}.displayName`, `item-${item.key}-name`)} />
            <TextField label="Unit price" inputMode="decimal" {...typedField(index, item, "unitPrice", "price")} />
            <TextField label="Qty" inputMode="numeric" {...typedField(index, item, "quantity", "qty")} />
            <TextField label="Tax per unit" inputMode="decimal" {...typedField(index, item, "unitTax", "tax")} />
            <Button
              type="button"
              size="sm"
              className="sm:mt-6"
              disabled={items.length === 1}
              onClick={() => setItems((rows) => rows.filter((row) => row.key !== item.key))}
              aria-label={`Remove item ${index + 1}`}
            >
              Remove
            </Button>
          </div>
        ))}
        <Button
          type="button"
          size="sm"
          onClick={() =>
            setItems((rows) => [
              ...rows,
              { key: Math.max(...rows.map((r) => r.key)) + 1, unitPrice: "", quantity: "1", unitTax: "" },
            ])
          }
        >
          Add item
        </Button>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            label="Shipping"
            name="shippingAmount"
            inputMode="decimal"
            value={shipping}
            onChange={(e) => setShipping(e.target.value)}
            errors={errors.shippingAmount}
          />
          <TextField
            label="Merchant transaction id (optional)"
            {...bind("merchantTransactionId")}
            hint="Your order number; generated when empty"
          />
        </div>
        <p className="text-sm text-gray-800" aria-live="polite">
          Total to finance: <strong className="tabular-nums">{total.total ? `$${total.total.toFixed(2)}` : "—"}</strong>
          {total.problems.length > 0 && <span className="ml-2 text-amber-900">({total.problems.join(" ")})</span>}
        </p>
      </fieldset>
      <SubmitButton pendingLabel="Asking WeGetFinancing…">Create financing request</SubmitButton>
    </form>
  );
}

type Errors = Record<string, string[] | undefined>;
type Bind = (
  name: string,
  id?: string,
) => { name: string; id?: string; defaultValue: string; errors: string[] | undefined };

function Address({ prefix, legend, errors, bind }: { prefix: string; legend: string; errors: Errors; bind: Bind }) {
  const field = (name: string) => bind(`${prefix}.${name}`, `${prefix}-${name}`);
  return (
    <fieldset className="grid gap-3 sm:grid-cols-[2fr_1fr_0.6fr_0.8fr]">
      <legend className="mb-2 text-sm font-semibold text-gray-900">{legend}</legend>
      {/* An error about the whole address (e.g. a missing one) shows under its first field. */}
      <TextField label="Street" {...field("street1")} errors={errors[`${prefix}.street1`] ?? errors[prefix]} />
      <TextField label="City" {...field("city")} />
      <TextField label="State" {...field("state")} maxLength={2} />
      <TextField label="ZIP code" {...field("zipcode")} inputMode="numeric" />
    </fieldset>
  );
}
