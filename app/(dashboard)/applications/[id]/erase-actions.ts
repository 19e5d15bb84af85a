"use server";

// Erase the customer of this application (admin): audited in eraseCustomer.
import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/auth/action";
import { CustomerNotFoundError, eraseCustomer, eraseCustomerSchema } from "@/lib/customers/erase-customer";
import { UserFacingError } from "@/lib/errors/user-facing-error";

export const eraseCustomerAction = defineAction(
  "eraseCustomer",
  eraseCustomerSchema,
  async ({ applicationId }, user): Promise<{ message: string }> => {
    try {
      const counts = await eraseCustomer({ applicationId }, user);
      revalidatePath(`/applications/${applicationId}`);
      const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
      return { message: `The customer's personal data is erased (${rows} rows changed).` };
    } catch (error) {
      if (error instanceof CustomerNotFoundError) throw new UserFacingError(error.message);
      throw error;
    }
  },
);
