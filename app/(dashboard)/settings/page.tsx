import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";

import { Badge } from "@/components/badge";
import { buttonClasses } from "@/components/button";
import { CopyableCode } from "@/components/copyable-code";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { getProviderSettings, type ProviderSettings } from "@/lib/settings/get-provider-settings";
import { publicBaseUrl, RECEIVER_PATHS } from "@/lib/settings/public-base-url";

import { AlertChannels } from "./alert-channels";
import { ScheduledJobs } from "./scheduled-jobs";
import { TestDeliveryButton } from "./test-delivery-button";

export const metadata: Metadata = { title: "Settings" };

const SETTINGS_PAGES = [
  ["/settings/users", "Manage users"],
  ["/settings/api-keys", "API keys"],
  ["/settings/endpoints", "Event endpoints"],
  ["/settings/api-reference", "API reference"],
  ["/settings/audit", "Audit log"],
] as const;

export default async function SettingsPage() {
  await requirePermission("viewSettings");
  const base = publicBaseUrl(await headers());
  return (
    <>
      <PageHeader
        title="Settings"
        description="How this desk is connected to the providers. Values come from environment variables (see the README); secrets are never shown."
        actions={
          <nav aria-label="Settings pages" className="flex flex-wrap gap-2">
            {SETTINGS_PAGES.map(([href, label]) => (
              <Link key={href} href={href} className={buttonClasses()}>
                {label}
              </Link>
            ))}
          </nav>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {getProviderSettings().map((provider) => (
          <ProviderCard
            key={provider.provider}
            provider={provider}
            receiverUrl={`${base}${RECEIVER_PATHS[provider.provider]}`}
          />
        ))}
      </div>
      <p className="mt-6 text-xs text-gray-600">
        Addresses are built from {env().PUBLIC_BASE_URL ? "PUBLIC_BASE_URL" : "the address you used to open this page"};
        set PUBLIC_BASE_URL when providers reach this desk under another name.
      </p>
      <ScheduledJobs />
      <AlertChannels />
    </>
  );
}

function ProviderCard({ provider, receiverUrl }: { provider: ProviderSettings; receiverUrl: string }) {
  const headingId = `provider-${provider.provider}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-gray-900">
          {provider.label}
        </h2>
        <div className="flex flex-wrap gap-1.5">
          <Badge tone={provider.environment === "production" ? "accent" : "neutral"}>{provider.environment}</Badge>
          <Badge tone={provider.receivesDeliveries ? "success" : "danger"}>
            {provider.receivesDeliveries ? "receiving" : "refusing deliveries"}
          </Badge>
          {provider.rotating && <Badge tone="warning">rotating credentials</Badge>}
        </div>
      </div>

      <h3 className="mt-4 text-xs font-semibold tracking-wide text-gray-600 uppercase">
        Enter in {provider.label}&apos;s portal
      </h3>
      <CopyableCode text={receiverUrl} />
      {provider.provider === "CHARGEAFTER" && (
        <p className="mt-1 text-xs text-gray-600">
          with an Authorization header whose value is CHARGEAFTER_WEBHOOK_AUTHORIZATION.
        </p>
      )}

      {(provider.receiverProblem || provider.apiProblem) && (
        <ul className="mt-3 space-y-1 text-sm">
          {[provider.receiverProblem, provider.apiProblem].filter(Boolean).map((problem) => (
            <li
              key={problem}
              className="rounded-md bg-amber-50 px-3 py-2 text-amber-950 ring-1 ring-amber-200 ring-inset"
            >
              {problem}
            </li>
          ))}
        </ul>
      )}

      <h3 className="mt-4 text-xs font-semibold tracking-wide text-gray-600 uppercase">Configuration</h3>
      <dl className="mt-1 divide-y divide-gray-100 text-sm">
        <div className="flex justify-between gap-3 py-1.5">
          <dt className="text-gray-600">API</dt>
          <dd className="font-mono text-xs break-all text-gray-900">{provider.apiBaseUrl}</dd>
        </div>
        {provider.credentials.map((credential) => (
          <div key={credential.name} className="flex justify-between gap-3 py-1.5">
            <dt className="min-w-0 break-all text-gray-600">
              <span className="font-mono text-xs">{credential.name}</span>
              {credential.note && <span className="block text-xs text-gray-500">{credential.note}</span>}
            </dt>
            <dd>{credential.set ? <Badge tone="success">set</Badge> : <Badge>not set</Badge>}</dd>
          </div>
        ))}
      </dl>
      {provider.notes.map((note) => (
        <p key={note} className="mt-2 text-xs text-gray-600">
          {note}
        </p>
      ))}

      <div className="mt-4 border-t border-gray-100 pt-4">
        <TestDeliveryButton provider={provider.provider} label={provider.label} />
      </div>
    </section>
  );
}
