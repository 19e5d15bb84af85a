import { beforeEach, expect, it } from "vitest";

import { makeApplication } from "@/lib/applications/__tests__/make-application";
import { chartDecisionsByProvider } from "@/lib/overview/chart-decisions-by-provider";
import { overviewLinks } from "@/lib/overview/overview-links";
import { overviewWindow } from "@/lib/overview/overview-window";
import { rateApprovalsByLender } from "@/lib/overview/rate-approvals-by-lender";
import { sumApplicationDecisions } from "@/lib/overview/sum-application-decisions";
import { resetDatabase } from "@/test/reset-database";

import { listRows } from "./list-rows";

beforeEach(resetDatabase);

const ZONE = "America/New_York";
const NOW = new Date("2026-11-30T17:00:00Z"); // noon in New York
const window = overviewWindow(NOW, ZONE);

it("counts decisions per New York day, provider and lender, each figure the applications list's rows", async () => {
  // 2026-11-30T03:00Z is still 2026-11-29 in New York.
  await makeApplication({ status: "APPROVED", lenderName: "Finara", lastEventAt: new Date("2026-11-30T03:00:00Z") });
  await makeApplication({ status: "CONFIRMED", lenderName: "Finara", lastEventAt: new Date("2026-11-29T15:00:00Z") });
  await makeApplication({ status: "DECLINED", lenderName: "Finara", lastEventAt: new Date("2026-11-29T16:00:00Z") });
  await makeApplication({
    provider: "WEGETFINANCING",
    status: "DECLINED",
    lenderName: "Bluefin",
    lastEventAt: new Date("2026-11-30T15:00:00Z"),
  });
  await makeApplication({ status: "PENDING", lenderName: "Finara", lastEventAt: new Date("2026-11-29T16:00:00Z") });
  await makeApplication({ status: "APPROVED", lenderName: "Finara", lastEventAt: new Date("2026-10-01T12:00:00Z") }); // before the window
  await makeApplication({ status: "APPROVED", lastEventAt: new Date("2026-11-30T15:00:00Z") }); // no lender

  const rows = await sumApplicationDecisions(window, ZONE);
  const days = chartDecisionsByProvider(rows, window.days);
  expect(days).toHaveLength(30);
  expect(days[0]!.day).toBe("2026-11-01");
  expect(days.find((d) => d.day === "2026-11-29")!.byProvider).toEqual({
    WEGETFINANCING: { approved: 0, declined: 0 },
    CHARGEAFTER: { approved: 2, declined: 1 },
  });
  expect(days.find((d) => d.day === "2026-11-30")!.byProvider).toEqual({
    WEGETFINANCING: { approved: 0, declined: 1 },
    CHARGEAFTER: { approved: 1, declined: 0 },
  });
  expect(rateApprovalsByLender(rows)).toEqual([
    { lender: "Finara", approved: 2, declined: 1, ratePercent: 67 },
    { lender: "Bluefin", approved: 0, declined: 1, ratePercent: 0 },
  ]);

  const context = { timeZone: ZONE, now: NOW };
  const day = "2026-11-29";
  expect(
    await listRows(
      overviewLinks.decisions({ outcome: "approved", provider: "CHARGEAFTER", from: day, to: day }),
      context,
    ),
  ).toBe(2);
  expect(
    await listRows(
      overviewLinks.decisions({ outcome: "declined", provider: "CHARGEAFTER", from: day, to: day }),
      context,
    ),
  ).toBe(1);
  const whole = { from: window.from, to: window.to };
  expect(await listRows(overviewLinks.decisions({ outcome: "approved", lender: "Finara", ...whole }), context)).toBe(2);
  expect(await listRows(overviewLinks.decisions({ outcome: "declined", lender: "Bluefin", ...whole }), context)).toBe(
    1,
  );
});
