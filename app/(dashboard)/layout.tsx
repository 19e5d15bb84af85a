// The shell of every signed-in page: navigation, who is signed in, sign-out.
import type { ReactNode } from "react";

import { AppNav, type NavItem } from "@/components/app-nav";
import { Button } from "@/components/button";
import { RoleBadge } from "@/components/role-badge";
import { can } from "@/lib/auth/permissions";
import { requireUser, type SessionUser } from "@/lib/auth/session";

function navItems(user: SessionUser): NavItem[] {
  const items: NavItem[] = [
    { href: "/applications", label: "Applications" },
    { href: "/deliveries", label: "Deliveries" },
    { href: "/disputes", label: "Disputes" },
    { href: "/orders", label: "Orders" },
  ];
  if (can(user.role, "createFinancingRequest"))
    items.push(
      { href: "/financing-requests", label: "Financing requests" },
      { href: "/financing-requests/new", label: "New financing request" },
    );
  if (can(user.role, "viewFunding")) items.push({ href: "/reconciliation", label: "Reconciliation" });
  if (can(user.role, "viewSettings")) items.push({ href: "/settings", label: "Settings" });
  if (can(user.role, "manageUsers")) items.push({ href: "/settings/users", label: "Users" });
  return items;
}

function Account({ user }: { user: SessionUser }) {
  return (
    <div className="space-y-2">
      <div className="min-w-0">
        <p className="text-xs text-gray-600">Signed in as</p>
        <p className="truncate text-sm font-medium text-gray-900" title={user.email}>
          {user.email}
        </p>
        <div className="mt-1">
          <RoleBadge role={user.role} />
        </div>
      </div>
      <form action="/api/session/sign-out" method="post">
        <Button type="submit" size="sm" className="w-full">
          Sign out
        </Button>
      </form>
    </div>
  );
}

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <div className="min-h-dvh md:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        Skip to content
      </a>
      <AppNav items={navItems(user)} account={<Account user={user} />} />
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 px-4 py-6 md:px-6 md:py-8 lg:px-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
