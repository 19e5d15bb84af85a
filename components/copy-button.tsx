"use client";

// Copies a text to the clipboard; falls back to a selection copy where the Clipboard API
// is unavailable (plain http on a LAN address is not a secure context).
import { useState } from "react";

import { Button } from "./button";

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection copy
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export function CopyButton({ text, label = "Copy" }: { text: string; label?: string }) {
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" onClick={async () => setResult((await copyText(text)) ? "copied" : "failed")}>
        {label}
      </Button>
      <span role="status" className="text-xs text-gray-600">
        {result === "copied" ? "Copied." : result === "failed" ? "Copy failed: select the text and copy it." : ""}
      </span>
    </span>
  );
}
