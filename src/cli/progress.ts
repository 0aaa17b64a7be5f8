/**
 * A one-line progress bar on a terminal, plain milestone lines elsewhere (CI logs, pipes). Shown only for work
 * large enough to wait on, so small corpora start silently.
 */
export interface ProgressLine {
  update(label: string, done: number, total: number): void;
  done(): void;
}

const MIN_TOTAL = 200;

export function createProgressLine(stream: NodeJS.WriteStream): ProgressLine {
  let lastLabel = '';
  let lastPercent = -1;
  let drawn = false;
  return {
    update(label, done, total) {
      if (total < MIN_TOTAL) return;
      const percent = Math.floor((done / total) * 100);
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round((percent / 100) * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
        drawn = true;
      } else if (label !== lastLabel || percent >= lastPercent + 25) {
        stream.write(`${label}: ${done}/${total} (${percent}%)\n`);
        lastPercent = percent;
      }
      lastLabel = label;
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
