import Link from "next/link";

import { buttonClasses } from "@/components/button";

export default function Forbidden() {
  return (
    // Rendered inside the dashboard shell (which owns <main>), so no landmark of its own.
    <div className="flex justify-center px-4 py-12 md:py-20">
      <div className="w-full max-w-md rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
        <p className="text-xs font-semibold tracking-wide text-gray-600 uppercase">403 · Forbidden</p>
        <h1 className="mt-1 text-lg font-semibold text-gray-900">Your role does not allow this page</h1>
        <p className="mt-2 text-sm text-gray-600">
          You are signed in, but this page is for other roles. If you need it for your work, ask an admin to change your
          role.
        </p>
        <Link href="/applications" className={`${buttonClasses({ variant: "primary" })} mt-5`}>
          Back to applications
        </Link>
      </div>
    </div>
  );
}
