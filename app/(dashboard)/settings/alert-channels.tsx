// Settings → Alert channels: where alerts go (SMTP_URL + ALERT_EMAILS, ALERT_WEBHOOK_URL),
// without secrets, and a test message through each.
import Link from "next/link";
import type { ReactNode } from "react";

import { Badge } from "@/components/badge";
import { describeAlertChannels } from "@/lib/alerts/channels/describe-alert-channels";

import { TestAlertButton } from "./test-alert-button";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex justify-between gap-3 py-1.5">
      <dt className="text-gray-600">{label}</dt>
      <dd className="min-w-0 text-right break-all text-gray-900">{children}</dd>
    </div>
  );
}

const state = (configured: boolean) =>
  configured ? <Badge tone="success">configured</Badge> : <Badge>not configured</Badge>;

export function AlertChannels() {
  const { email, webhook } = describeAlertChannels();
  return (
    <section aria-labelledby="alert-channels" className="mt-8 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h2 id="alert-channels" className="text-base font-semibold text-gray-900">
        Alert channels
      </h2>
      <p className="mt-1 text-xs text-gray-600">
        What the checks find is listed under{" "}
        <Link href="/issues" className="underline">
          Issues
        </Link>{" "}
        and sent here, at most one message per kind every 10 minutes.
      </p>
      <dl className="mt-3 divide-y divide-gray-100 text-sm">
        <Row label="E-mail (SMTP_URL, ALERT_EMAILS)">{state(email.configured)}</Row>
        {email.server && (
          <Row label="SMTP server">
            <span className="font-mono text-xs">{email.server}</span>
          </Row>
        )}
        {email.recipients.length > 0 && <Row label="Recipients">{email.recipients.join(", ")}</Row>}
        <Row label="Webhook (ALERT_WEBHOOK_URL)">{state(webhook.configured)}</Row>
        {webhook.host && (
          <Row label="Webhook host">
            <span className="font-mono text-xs">{webhook.host}</span>
          </Row>
        )}
      </dl>
      {email.problem && (
        <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200 ring-inset">
          {email.problem}
        </p>
      )}
      <div className="mt-4 border-t border-gray-100 pt-4">
        <TestAlertButton />
      </div>
    </section>
  );
}
