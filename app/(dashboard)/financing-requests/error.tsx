"use client";

// Shown when the financing requests could not be loaded.
import { sectionError } from "@/components/section-error";

export default sectionError({
  what: "Could not load financing requests",
  title: "Financing requests are unavailable right now",
  reassurance: "Postbacks are still being received and stored.",
});
