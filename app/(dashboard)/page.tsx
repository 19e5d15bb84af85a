// The overview at /: what needs attention now, and the figures of the last 30 days.
// Every number links to the filtered list behind it.
import type { Metadata } from "next";

import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { appTimeZone } from "@/lib/format/format-date-time";
import { getOverview } from "@/lib/overview/get-overview";

import { AnswerFigures } from "./_overview/answer-figures";
import { AttentionSection } from "./_overview/attention-section";
import { DecisionFigures } from "./_overview/decision-figures";
import { FundedFigures } from "./_overview/funded-figures";
import { LenderFigures } from "./_overview/lender-figures";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePermission("viewOperations");
  const timeZone = appTimeZone();
  const overview = await getOverview({ role: user.role, timeZone });
  return (
    <>
      <PageHeader
        title="Overview"
        description={`What needs attention now, and the last 30 days (${overview.window.from} to ${overview.window.to}, days in ${timeZone}). Every number opens the list behind it.`}
      />
      <AttentionSection overview={overview} timeZone={timeZone} />
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="mb-3 text-base font-semibold text-gray-900">
          Last 30 days
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <DecisionFigures overview={overview} />
          <LenderFigures overview={overview} />
          <FundedFigures overview={overview} />
          <AnswerFigures overview={overview} />
        </div>
      </section>
    </>
  );
}
