// Steps several specs take the same way on list and detail pages.
import { expect, type Page } from "@playwright/test";

/** Types into the list's search box and applies it; the query lands in the URL. */
export async function searchList(page: Page, searchbox: string, text: string) {
  await page.getByRole("searchbox", { name: searchbox }).fill(text);
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${text}`));
}

/** A detail page under `base` answers 404 for a malformed id and for an unknown one. */
export async function expectDetailNotFound(page: Page, base: string) {
  expect((await page.goto(`${base}/not-a-uuid`))?.status()).toBe(404);
  expect((await page.goto(`${base}/00000000-0000-4000-8000-000000000000`))?.status()).toBe(404);
}
