import type { Metadata } from "next";

import { PageHeader } from "@/components/page-header";
import { AddSection, ListSection } from "@/components/settings-section";
import { roleLabels } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
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

      <AddSection id="new-user-heading" title="New user">
        <NewUserForm />
      </AddSection>

      <ListSection id="users-heading" title="Staff" count={`${active} active of ${users.length}`}>
        <UserTable users={users} meId={me.id} />
        <dl className="mt-3 grid gap-1 text-xs text-gray-600 sm:grid-cols-3">
          {roles.map((role) => (
            <div key={role}>
              <dt className="inline font-medium text-gray-800">{roleLabels[role]}: </dt>
              <dd className="inline">{roleDescriptions[role]}</dd>
            </div>
          ))}
        </dl>
      </ListSection>
    </>
  );
}
