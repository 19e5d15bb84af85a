import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/button";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePermission("viewSettings");
  return (
    <>
      <PageHeader
        title="Settings"
        description="How this desk is connected to the providers, and who can use it."
        actions={
          <Link href="/settings/users" className={buttonClasses()}>
            Manage users
          </Link>
        }
      />
      <EmptyState
        title="Provider configuration is not built yet"
        action={
          <Link href="/settings/users" className={buttonClasses({ variant: "primary" })}>
            Go to users
          </Link>
        }
      >
        Provider configuration will be shown here: which WeGetFinancing and ChargeAfter environments and credentials are set, the
        postback and webhook addresses to enter in each provider&apos;s portal, and why a receiver would refuse deliveries. Staff
        accounts and roles are managed under Users.
      </EmptyState>
    </>
  );
}
