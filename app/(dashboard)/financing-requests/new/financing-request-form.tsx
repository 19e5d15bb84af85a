"use client";

// The sale: customer, addresses and cart. Fields are named by path ("billing.city",
// "items.0.sku") and the server reads them with the same schema the domain uses.
import Decimal from "decimal.js";
import { useActionState, useState } from "react";

import { createFinancingRequestAction } from "@/app/(dashboard)/financing-requests/actions";
import { Button } from "@/components/button";
import { FieldErrors, TextField } from "@/components/form-field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ActionState } from "@/lib/auth/action";

type Item = { key: number; unitPrice: string; quantity: string; unitTax: string };
const idle: ActionState = { status: "idle" };

function amount(value: string): Decimal {
  try {
    return /^\d+(\.\d{1,2})?$/.test(value.trim()) ? new Decimal(value.trim()) : new Decimal(0);
  } catch {
    return new Decimal(0);
  }
}

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
  const value = (name: string) => ({ defaultValue: typed[name] ?? "" });
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  const [items, setItems] = useState<Item[]>([{ key: 0, unitPrice: "", quantity: "1", unitTax: "" }]);
  const [shipping, setShipping] = useState("");
  const [separateShipping, setSeparateShipping] = useState(false);
  const update = (key: number, patch: Partial<Item>) =>
    setItems((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const total = items
    .reduce(
      (sum, i) =>
        sum.plus(
          amount(i.unitPrice)
            .plus(amount(i.unitTax))
            .times(Number.parseInt(i.quantity, 10) || 0),
        ),
      new Decimal(0),
    )
    .plus(amount(shipping));

  return (
    <form key={attempt} action={action} noValidate className="space-y-6">
      <FormMessage state={state} />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-gray-900">Customer</legend>
        <TextField
          label="First name"
          name="firstName"
          {...value("firstName")}
          autoComplete="off"
          required
          errors={errors.firstName}
        />
        <TextField
          label="Last name"
          name="lastName"
          {...value("lastName")}
          autoComplete="off"
          required
          errors={errors.lastName}
        />
        <TextField
          label="Email"
          name="email"
          {...value("email")}
          type="email"
          autoComplete="off"
          required
          errors={errors.email}
        />
        <TextField
          label="Phone (optional)"
          name="phone"
          {...value("phone")}
          type="tel"
          autoComplete="off"
          errors={errors.phone}
          hint="10 digits, US"
        />
      </fieldset>

      <Address prefix="billing" legend="Billing address" errors={errors} value={value} />
      <label className="flex items-center gap-2 text-sm text-gray-800">
        <input type="checkbox" checked={separateShipping} onChange={(e) => setSeparateShipping(e.target.checked)} />
        Ship to a different address
      </label>
      {separateShipping && <Address prefix="shipping" legend="Shipping address" errors={errors} value={value} />}

      <fieldset className="space-y-3">
        <legend className="mb-2 text-sm font-semibold text-gray-900">Cart</legend>
        <FieldErrors id="items-error" errors={errors.items} />
        {items.map((item, index) => (
          <div
            key={item.key}
            className="grid items-start gap-2 rounded-md border border-gray-200 p-3 sm:grid-cols-[1fr_2fr_1fr_0.7fr_1fr_auto]"
          >
            <TextField
              label="SKU"
              name={`items.${index}.sku`}
              id={`item-${item.key}-sku`}
              {...value(`items.${index}.sku`)}
              errors={errors[`items.${index}.sku`]}
            />
            <TextField
              label="Item"
              name={`items.${index}.displayName`}
              id={`item-${item.key}-name`}
              {...value(`items.${index}.displayName`)}
              errors={errors[`items.${index}.displayName`]}
            />
            <TextField
              label="Unit price"
              name={`items.${index}.unitPrice`}
              id={`item-${item.key}-price`}
              inputMode="decimal"
              value={item.unitPrice}
              onChange={(e) => update(item.key, { unitPrice: e.target.value })}
              errors={errors[`items.${index}.unitPrice`]}
            />
            <TextField
              label="Qty"
              name={`items.${index}.quantity`}
              id={`item-${item.key}-qty`}
              inputMode="numeric"
              value={item.quantity}
              onChange={(e) => update(item.key, { quantity: e.target.value })}
              errors={errors[`items.${index}.quantity`]}
            />
            <TextField
              label="Tax per unit"
              name={`items.${index}.unitTax`}
              id={`item-${item.key}-tax`}
              inputMode="decimal"
              value={item.unitTax}
              onChange={(e) => update(item.key, { unitTax: e.target.value })}
              errors={errors[`items.${index}.unitTax`]}
            />
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
            name="merchantTransactionId"
            {...value("merchantTransactionId")}
            hint="Your order number; generated when empty"
            errors={errors.merchantTransactionId}
          />
        </div>
        <p className="text-sm text-gray-800" aria-live="polite">
          Total to finance: <strong className="tabular-nums">${total.toFixed(2)}</strong>
        </p>
      </fieldset>
      <SubmitButton pendingLabel="Asking WeGetFinancing…">Create financing request</SubmitButton>
    </form>
  );
}

type Value = (name: string) => { defaultValue: string };

function Address({
  prefix,
  legend,
  errors,
  value,
}: {
  prefix: string;
  legend: string;
  errors: Record<string, string[] | undefined>;
  value: Value;
}) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-[2fr_1fr_0.6fr_0.8fr]">
      <legend className="mb-2 text-sm font-semibold text-gray-900">{legend}</legend>
      <TextField
        label="Street"
        name={`${prefix}.street1`}
        id={`${prefix}-street1`}
        {...value(`${prefix}.street1`)}
        errors={errors[`${prefix}.street1`] ?? errors[prefix]}
      />
      <TextField
        label="City"
        name={`${prefix}.city`}
        id={`${prefix}-city`}
        {...value(`${prefix}.city`)}
        errors={errors[`${prefix}.city`]}
      />
      <TextField
        label="State"
        name={`${prefix}.state`}
        id={`${prefix}-state`}
        {...value(`${prefix}.state`)}
        maxLength={2}
        errors={errors[`${prefix}.state`]}
      />
      <TextField
        label="ZIP code"
        name={`${prefix}.zipcode`}
        id={`${prefix}-zipcode`}
        {...value(`${prefix}.zipcode`)}
        inputMode="numeric"
        errors={errors[`${prefix}.zipcode`]}
      />
    </fieldset>
  );
}
