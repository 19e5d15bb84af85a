"use client";

// Shown when the dispute list or a dispute could not be loaded.
import { sectionError } from "@/components/section-error";

export default sectionError({
  what: "Could not load disputes",
  title: "Disputes are unavailable right now",
  reassurance: "Dispute webhooks are still being received and stored.",
});
