// Reading a child process's output line by line, and waiting, for the commands that start the dashboard.

/** Calls onLine for each non-blank line of the stream, the last one even without a newline. */
export function pipeLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void) {
  let buffered = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    for (const line of lines) if (line.trim()) onLine(line.trimEnd());
  });
  stream.on("end", () => {
    if (buffered.trim()) onLine(buffered.trimEnd());
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
