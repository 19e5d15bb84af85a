// A status value as a coloured badge with its words, and a tooltip saying what it means.
import { Badge, type BadgeTone } from "@/components/badge";

export type StatusStyle = { label: string; tone: BadgeTone; description?: string };

export function StatusBadge<V extends string>({ value, styles }: { value: V; styles: Record<V, StatusStyle> }) {
  const style = styles[value] ?? { label: value, tone: "neutral" as const };
  return (
    <span title={style.description}>
      <Badge tone={style.tone}>{style.label}</Badge>
    </span>
  );
}

/** The badge of one kind of status, from its words and its tones (see withTones). */
export function statusBadgeOf<V extends string>(
  labels: Record<V, { label: string; description?: string }>,
  tones: Record<V, BadgeTone>,
) {
  const styles = withTones(labels, tones);
  return function KindStatusBadge({ value }: { value: V }) {
    return <StatusBadge value={value} styles={styles} />;
  };
}

/** A status's words (label, description) and its tone, as the styles StatusBadge takes. */
export function withTones<V extends string>(
  labels: Record<V, { label: string; description?: string }>,
  tones: Record<V, BadgeTone>,
): Record<V, StatusStyle> {
  const entries = Object.entries(labels) as [V, { label: string; description?: string }][];
  return Object.fromEntries(entries.map(([value, words]) => [value, { ...words, tone: tones[value] }])) as Record<
    V,
    StatusStyle
  >;
}
