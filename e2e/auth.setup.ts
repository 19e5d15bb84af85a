// Setup project: signs each role in through the real form once and saves the browser state.
import { test as setup } from "@playwright/test";

import { E2E_ROLES, saveAuthState } from "./support/auth-state";
import { signInThroughForm } from "./support/users";

for (const role of E2E_ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signInThroughForm(page, role);
    await saveAuthState(page.context(), role);
  });
}
