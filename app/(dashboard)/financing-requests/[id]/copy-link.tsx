"use client";

// The copy button for the customer's link; the first copy is recorded, so the list can say
// which links were never sent.
import { useRef } from "react";

import { recordLinkCopyAction } from "@/app/(dashboard)/financing-requests/actions";
import { CopyButton } from "@/components/copy-button";

export function CopyLink({ id, url, copied }: { id: string; url: string; copied: boolean }) {
  const recorded = useRef(copied);
  const record = () => {
    if (recorded.current) return;
    recorded.current = true;
    const form = new FormData();
    form.set("id", id);
    void recordLinkCopyAction({ status: "idle" }, form);
  };
  // The click reaches this span after CopyButton's own handler has copied the text.
  return (
    <span onClick={record} className="contents">
      <CopyButton text={url} />
    </span>
  );
}
