/**
 * Transcript tests: a `.t` file is a session at the shell, run against a fixture archive and compared line by
 * line. The format:
 *
 *     # fixture: basic                 the archive copied to a temp folder, used as the working folder
 *     $ folio list --tag x             a command (quotes as in a shell; VAR=value prefixes set variables)
 *     > a line of stdout
 *     2> a line of stderr
 *     ? 2                              the expected exit code (0 when absent)
 *
 * Lines starting with `#` elsewhere are comments. `UPDATE=1 npm test` rewrites the expectations from what
 * the commands print; review the diff before committing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runFolio, testEnv, type RunResult } from './cli.js';

export interface TranscriptStep {
  command: string;
  stdout: string[];
  stderr: string[];
  code: number;
}

export interface Transcript {
  fixture: string;
  header: string[];
  steps: TranscriptStep[];
}

/** Parses the text of a `.t` file. */
export function parseTranscript(text: string): Transcript {
  const transcript: Transcript = { fixture: '', header: [], steps: [] };
  let step: TranscriptStep | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('$ ')) {
      step = { command: line.slice(2), stdout: [], stderr: [], code: 0 };
      transcript.steps.push(step);
    } else if (step && (line === '>' || line.startsWith('> '))) step.stdout.push(line.slice(2));
    else if (step && (line === '2>' || line.startsWith('2> '))) step.stderr.push(line.slice(3));
    else if (step && line.startsWith('? ')) step.code = Number(line.slice(2));
    else if (!step) {
      const fixture = /^# fixture: (\S+)/.exec(line);
      if (fixture) transcript.fixture = fixture[1]!;
      if (line !== '' || transcript.header.length > 0) transcript.header.push(line);
    }
  }
  while (transcript.header.at(-1) === '') transcript.header.pop();
  return transcript;
}

/** Writes a transcript back in its file format. */
export function formatTranscript(transcript: Transcript): string {
  const lines = [...transcript.header, ''];
  for (const step of transcript.steps) {
    lines.push(`$ ${step.command}`);
    for (const line of step.stdout) lines.push(line === '' ? '>' : `> ${line}`);
    for (const line of step.stderr) lines.push(line === '' ? '2>' : `2> ${line}`);
    if (step.code !== 0) lines.push(`? ${step.code}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Splits a command line into words, honouring single and double quotes and backslash escapes. */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  let started = false;
  for (let i = 0; i < command.length; i++) {
    const char = command[i]!;
    if (quote) {
      if (char === quote) quote = null;
      else if (char === '\\' && quote === '"' && i + 1 < command.length) current += command[++i];
      else current += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      started = true;
    } else if (char === '\\' && i + 1 < command.length) {
      current += command[++i];
      started = true;
    } else if (char === ' ' || char === '\t') {
      if (started) words.push(current);
      current = '';
      started = false;
    } else {
      current += char;
      started = true;
    }
  }
  if (started) words.push(current);
  return words;
}

/** Runs one step in `cwd`: leading VAR=value words set the environment; the word `folio` starts the command. */
export async function runStep(command: string, cwd: string): Promise<RunResult> {
  const words = splitCommand(command);
  const extra: Record<string, string> = {};
  while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
    const assignment = words.shift()!;
    const equals = assignment.indexOf('=');
    extra[assignment.slice(0, equals)] = assignment.slice(equals + 1);
  }
  if (words.shift() !== 'folio') throw new Error(`transcript commands start with 'folio': ${command}`);
  const env = testEnv(extra);
  for (const [key, value] of Object.entries(extra)) if (value === '') delete env[key];
  return runFolio(words, { cwd, env });
}

/** Replaces what differs between runs (temp folders, timings, version, today's date) with stable placeholders. */
export function normalise(text: string, root: string, version: string): string[] {
  // Commands run with TZ=UTC, so "today" for them is the UTC date (folio new writes it).
  const today = new Date().toISOString().slice(0, 10);
  const lines = text
    .split(root)
    .join('<root>')
    .split(today)
    .join('<today>')
    .replace(/\bin \d+\.\d+ s\b/g, 'in <time> s')
    .split(version)
    .join('<version>')
    .split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Reads a transcript file. */
export function readTranscript(file: string): Transcript {
  return parseTranscript(readFileSync(file, 'utf8'));
}

/** Writes a transcript file. */
export function writeTranscript(file: string, transcript: Transcript): void {
  writeFileSync(file, formatTranscript(transcript));
}
