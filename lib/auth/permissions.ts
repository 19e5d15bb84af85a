// Who may do what (README "Sign-in and roles"). Checked on the server for every page, action and route.
import type { Role } from "@/lib/db/generated/enums";

const matrix = {
  viewOperations: ["SUPPORT", "FINANCE", "ADMIN"], // applications, deliveries, disputes, orders
  createFinancingRequest: ["SUPPORT", "FINANCE", "ADMIN"],
  decideOrderHold: ["SUPPORT", "ADMIN"], // reopen or cancel an order WeGetFinancing put in doubt
  acknowledgeAlerts: ["SUPPORT", "ADMIN"], // Issues: "I am on it" (support watches deliveries and disputes)
  editDispute: ["SUPPORT", "ADMIN"], // amount, reason, response due date, outcome: support answers disputes
  viewFunding: ["FINANCE", "ADMIN"],
  exportFunding: ["FINANCE", "ADMIN"],
  exportLists: ["FINANCE", "ADMIN"], // CSV of applications, deliveries, disputes, orders (the contract: export is finance, admin)
  syncFunding: ["FINANCE", "ADMIN"],
  replayDelivery: ["ADMIN"],
  eraseCustomer: ["ADMIN"], // erase one customer's personal data (lib/customers/erase-customer.ts)
  manageUsers: ["ADMIN"],
  viewSettings: ["ADMIN"],
  manageEventEndpoints: ["ADMIN"], // Settings → Event endpoints: add, remove, enable, resend, test
  manageApiKeys: ["ADMIN"], // Settings → API keys and the API reference
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof matrix;

export function can(role: Role, permission: Permission): boolean {
  return (matrix[permission] as readonly Role[]).includes(role);
}

export const roleLabels: Record<Role, string> = { SUPPORT: "Support", FINANCE: "Finance", ADMIN: "Admin" };
