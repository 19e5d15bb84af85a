import type { Metadata } from "next";
import Link from "next/link";

import { buttonClasses } from "@/components/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-12">
      <div className="w-full max-w-md rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <p className="text-xs font-semibold tracking-wide text-gray-600 uppercase">404 · Not found</p>
        <h1 className="mt-1 text-lg font-semibold text-gray-900">Page not found</h1>
        <p className="mt-2 text-sm text-gray-600">
          There is nothing at this address. It may have moved, or the link may be mistyped.
        </p>
        <Link href="/applications" className={`${buttonClasses({ variant: "primary" })} mt-5`}>
          Go to applications
        </Link>
      </div>
    </main>
  );
}
