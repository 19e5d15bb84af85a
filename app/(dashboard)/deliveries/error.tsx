"use client";

// Shown when the delivery log or a delivery could not be loaded.
import { sectionError } from "@/components/section-error";

export default sectionError({
  what: "Could not load deliveries",
  title: "The delivery log is unavailable right now",
  reassurance: "Deliveries are still being received and stored.",
});
