"use client";

// Shown when the funding report or a record could not be loaded.
import { sectionError } from "@/components/section-error";

export default sectionError({
  what: "Could not load the funding report",
  title: "Reconciliation is unavailable right now",
  reassurance: "Nothing was changed.",
});
