"use server";

// API keys for the merchant's shop (admins only): create (the key shown once) and revoke.
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { apiKeyNameSchema, createApiKeySchema } from "@/lib/api-keys/api-key-schemas";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { defineAction } from "@/lib/auth/action";

const API_KEYS_PATH = "/settings/api-keys";

/** The new key travels back once, to be shown once. */
export type CreatedKey = { name: string; key: string };

export const createApiKeyAction = defineAction("manageApiKeys", createApiKeySchema, async (input, user) => {
  const created = await createApiKey(input, user);
  revalidatePath(API_KEYS_PATH);
  return {
    message: `Created the ${created.scope.toLowerCase()} key "${created.name}".`,
    data: { name: created.name, key: created.key } as CreatedKey,
  };
});

export const revokeApiKeyAction = defineAction(
  "manageApiKeys",
  z.object({ name: apiKeyNameSchema }),
  async (input, user) => {
    const revoked = await revokeApiKey(input.name, user);
    revalidatePath(API_KEYS_PATH);
    return { message: `Revoked "${revoked.name}": requests with it are refused from now on.` };
  },
);
