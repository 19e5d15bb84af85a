// The staff table: who, role (changed in place), status, sign-ins and the actions on each
// account; below 640 px each user is a card with the role form and actions full width.
import { Badge } from "@/components/badge";
import { ListTable, type Column } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import type { UserRow as User } from "@/lib/users/list-users";

import { RoleForm } from "./role-form";
import { UserActions } from "./user-actions";

function columns(meId: string): Column<User>[] {
  return [
    {
      header: "User",
      card: "title",
      className: "max-w-[18rem] break-all",
      cell: (user) => (
        <>
          <div className="font-medium text-gray-900">
            {user.email}
            {user.id === meId && <span className="ml-1.5 text-xs font-normal text-gray-600">(you)</span>}
          </div>
          <div className="text-xs text-gray-600">{user.name ?? "No name"}</div>
        </>
      ),
    },
    {
      header: "Role",
      card: "wide",
      cell: (user) => <RoleForm userId={user.id} email={user.email} role={user.role} />,
    },
    {
      header: "Status",
      cell: (user) =>
        user.disabledAt ? (
          <span title={`Disabled ${user.disabledAt.toISOString()}`}>
            <Badge tone="danger">Disabled</Badge>
          </span>
        ) : (
          <Badge tone="success">Active</Badge>
        ),
    },
    { header: "Last sign-in", cell: (user) => <DateTime value={user.lastSignInAt} fallback="Never" /> },
    { header: "Created", cell: (user) => <DateTime value={user.createdAt} /> },
    {
      header: "Actions",
      srOnlyHeader: true,
      card: "wide",
      cell: (user) => (
        <UserActions
          userId={user.id}
          email={user.email}
          disabled={Boolean(user.disabledAt)}
          isSelf={user.id === meId}
        />
      ),
    },
  ];
}

export function UserTable({ users, meId }: { users: User[]; meId: string }) {
  return (
    <ListTable
      caption="Staff accounts: email and name, role, status, last sign-in and creation time"
      rows={users}
      columns={columns(meId)}
      rowClassName={(user) => (user.disabledAt ? "bg-gray-50" : "")}
    />
  );
}
