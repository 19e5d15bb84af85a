// Input schemas for API keys, shared by Settings → API keys, `npm run api-key` and tests.
import { z } from "zod";

import { ApiKeyScope } from "@/lib/db/generated/enums";

export const API_KEY_NAME_MAX = 64;

/** A name people can type on a command line: letters, digits, spaces, . _ - */
export const apiKeyNameSchema = z
  .string({ error: "Enter a name for the key." })
  .trim()
  .min(1, { error: "Enter a name for the key.", abort: true })
  .max(API_KEY_NAME_MAX, { error: `Use at most ${API_KEY_NAME_MAX} characters.`, abort: true })
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, {
    error: "Use letters, digits, spaces, dots, dashes and underscores, starting with a letter or digit.",
  });

/** Scopes as people type them (read, write). */
export const apiKeyScopeSchema = z
  .string({ error: "Choose a scope: read or write." })
  .trim()
  .toUpperCase()
  .pipe(z.enum(ApiKeyScope, { error: "The scope must be read or write." }));

export const createApiKeySchema = z.object({ name: apiKeyNameSchema, scope: apiKeyScopeSchema });

export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;
