import type { Metadata } from "next";

import { PageHeader } from "@/components/page-header";
import { roleLabels } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { appTimeZone } from "@/lib/format/format-date-time";
import { listUsers } from "@/lib/users/list-users";

import { NewUserForm } from "./new-user-form";
import { roleDescriptions, roles } from "./role-options";
import { UserTable } from "./user-table";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePermission("manageUsers");
  const users = await listUsers();
  const active = users.filter((user) => !user.disabledAt).length;

  return (
    <>
      <PageHeader
        title="Users"
        back={{ href: "/settings", label: "Settings" }}
        description="Staff who can sign in to this desk. Support sees operations; Finance also funding; Admin everything."
      />

      <section
        aria-labelledby="new-user-heading"
        className="mb-8 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      >
        <h2 id="new-user-heading" className="mb-3 text-base font-semibold">
          New user
        </h2>
        <NewUserForm />
      </section>

      <section aria-labelledby="users-heading">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="users-heading" className="text-base font-semibold">
            Staff{" "}
            <span className="font-normal text-gray-600 tabular-nums">
              ({active} active of {users.length})
            </span>
          </h2>
          <p className="text-xs text-gray-600">Times in {appTimeZone()}.</p>
        </div>
        <UserTable users={users} meId={me.id} />
        <dl className="mt-3 grid gap-1 text-xs text-gray-600 sm:grid-cols-3">
          {roles.map((role) => (
            <div key={role}>
              <dt className="inline font-medium text-gray-800">{roleLabels[role]}: </dt>
              <dd className="inline">{roleDescriptions[role]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
