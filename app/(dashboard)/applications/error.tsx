"use client";

// Shown when the applications list or an application could not be loaded.
import { sectionError } from "@/components/section-error";

export default sectionError({
  what: "Could not load applications",
  title: "Applications are unavailable right now",
  reassurance: "Postbacks and webhooks are still being received and stored.",
});
