// A value to copy somewhere else (a receiver URL, a generated password): shown whole, in
// monospace, wrapping anywhere rather than widening the page, with a copy button beside it.
import { CopyButton } from "@/components/copy-button";

const tones = {
  plain: "border-gray-200 bg-gray-50 text-xs",
  secret: "border-amber-200 bg-white text-sm select-all",
};

export function CopyableCode({ text, tone = "plain" }: { text: string; tone?: keyof typeof tones }) {
  return (
    <div className="mt-1 flex flex-wrap items-center gap-2">
      <code className={`min-w-0 rounded border px-2 py-1 font-mono break-all text-gray-900 ${tones[tone]}`}>
        {text}
      </code>
      <CopyButton text={text} />
    </div>
  );
}
