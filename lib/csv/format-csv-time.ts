// A time as a spreadsheet reads it: "2026-11-21 09:05:07", to the second, in the export's
// zone (the column's header names it). Swedish writes dates and times exactly so (ISO order,
// 24 h), so one cached Intl formatter per zone does it without assembling parts.
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatCsvTime(time: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    const twoDigits = "2-digit" as const;
    format = new Intl.DateTimeFormat("sv-SE", {
      timeZone,
      ...{ year: "numeric", month: twoDigits, day: twoDigits },
      ...{ hour: twoDigits, minute: twoDigits, second: twoDigits, hourCycle: "h23" },
    });
    formats.set(timeZone, format);
  }
  return format.format(time);
}
