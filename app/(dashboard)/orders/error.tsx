"use client";

// Shown when the order list could not be loaded.
import { sectionError } from "@/components/section-error";

export default sectionError({
  what: "Could not load orders",
  title: "Orders are unavailable right now",
  reassurance: "Postbacks are still being received and stored.",
});
