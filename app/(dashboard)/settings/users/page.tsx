import type { Metadata } from "next";

import { Badge } from "@/components/badge";
import { DataTable, Td, Th } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import { PageHeader } from "@/components/page-header";
import { roleLabels } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { appTimeZone } from "@/lib/format/format-date-time";
import { listUsers } from "@/lib/users/list-users";

import { NewUserForm } from "./new-user-form";
import { RoleForm } from "./role-form";
import { roleDescriptions, roles } from "./role-options";
import { UserActions } from "./user-actions";

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
        <DataTable caption="Staff accounts: email and name, role, status, last sign-in and creation time">
          <thead>
            <tr>
              <Th>User</Th>
              <Th>Role</Th>
              <Th>Status</Th>
              <Th>Last sign-in</Th>
              <Th>Created</Th>
              <Th>
                <span className="sr-only">Actions</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} className={user.disabledAt ? "bg-gray-50" : undefined}>
                <Td className="whitespace-nowrap">
                  <div className="font-medium text-gray-900">
                    {user.email}
                    {user.id === me.id && <span className="ml-1.5 text-xs font-normal text-gray-600">(you)</span>}
                  </div>
                  <div className="text-xs text-gray-600">{user.name ?? "No name"}</div>
                </Td>
                <Td>
                  <RoleForm userId={user.id} email={user.email} role={user.role} />
                </Td>
                <Td>
                  {user.disabledAt ? (
                    <span title={`Disabled ${user.disabledAt.toISOString()}`}>
                      <Badge tone="danger">Disabled</Badge>
                    </span>
                  ) : (
                    <Badge tone="success">Active</Badge>
                  )}
                </Td>
                <Td>
                  <DateTime value={user.lastSignInAt} fallback="Never" />
                </Td>
                <Td>
                  <DateTime value={user.createdAt} />
                </Td>
                <Td>
                  <UserActions
                    userId={user.id}
                    email={user.email}
                    disabled={Boolean(user.disabledAt)}
                    isSelf={user.id === me.id}
                  />
                </Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
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
