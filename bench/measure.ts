/**
 * Timing helpers for the benchmarks: run a command several times as a whole process, report the median and
 * range of wall time, and the peak memory when GNU time is available.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Measurement {
  label: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  peakRssMb?: number;
  /** Median CPU time (user + system), less disturbed than wall time when other work shares the machine. */
  cpuMs?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `command` (argv) `runs` times after `setup`, returning the median wall time and peak memory. */
export function measure(
  label: string,
  command: string[],
  options: { runs?: number; warmup?: number; setup?: () => void; cwd?: string; env?: Record<string, string> } = {},
): Measurement {
  const runs = options.runs ?? 5;
  const times: number[] = [];
  const cpu: number[] = [];
  let peak = 0;
  for (let i = 0; i < (options.warmup ?? 0); i++) {
    options.setup?.();
    spawnSync(command[0]!, command.slice(1), {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: 'ignore',
    });
  }
  for (let i = 0; i < runs; i++) {
    options.setup?.();
    const withTime = existsSync(GNU_TIME) ? [GNU_TIME, '-f', '%M %U %S', ...command] : command;
    const started = performance.now();
    const result = spawnSync(withTime[0]!, withTime.slice(1), {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    times.push(performance.now() - started);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
    const usage = /(\d+) (\d+\.\d+) (\d+\.\d+)\s*$/.exec(result.stderr ?? '');
    if (usage) {
      peak = Math.max(peak, Number(usage[1]) / 1024);
      cpu.push((Number(usage[2]) + Number(usage[3])) * 1000);
    }
  }
  times.sort((a, b) => a - b);
  return {
    label,
    runs,
    medianMs: times[Math.floor(times.length / 2)]!,
    minMs: times[0]!,
    maxMs: times.at(-1)!,
    ...(peak > 0 ? { peakRssMb: Math.round(peak) } : {}),
    ...(cpu.length > 0 ? { cpuMs: cpu.sort((a, b) => a - b)[Math.floor(cpu.length / 2)]! } : {}),
  };
}

/** Formats measurements as an aligned table, with each median's ratio to `baseline` when given. */
export function formatMeasurements(measurements: Measurement[], baseline?: Measurement): string {
  const rows = measurements.map((m) => [
    m.label,
    `${m.medianMs.toFixed(0)} ms`,
    `${m.minMs.toFixed(0)}–${m.maxMs.toFixed(0)} ms`,
    baseline ? `${(m.medianMs / baseline.medianMs).toFixed(1)}×` : '',
    m.peakRssMb === undefined ? '' : `${m.peakRssMb} MB`,
    m.cpuMs === undefined ? '' : `${m.cpuMs.toFixed(0)} ms`,
  ]);
  const header = ['benchmark', 'median', 'range', baseline ? `× ${baseline.label}` : '', 'peak RSS', 'CPU'];
  const widths = header.map((cell, index) => Math.max(cell.length, ...rows.map((row) => row[index]!.length)));
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, index) => cell.padEnd(widths[index]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
