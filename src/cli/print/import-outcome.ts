/**
 * The lines `folio import` prints: one result line per page on stdout (`created`, `skipped`, `failed`, with the
 * page and where it went or why), the file a dry run would write, indented under its line. File names and page
 * text are made safe for the terminal.
 */
import type { ImportOutcome } from '../../import/import-pages.js';
import { safeBlock, safeLine } from '../../render/safe-text.js';
import type { Theme } from '../../render/theme.js';

/** Formats the result line of one page. */
export function outcomeLine(outcome: ImportOutcome, dryRun: boolean, theme: Theme): string {
  const source = theme.path(safeLine(outcome.source.shown));
  const target = outcome.path === undefined ? '' : theme.path(safeLine(outcome.path));
  switch (outcome.status) {
    case 'created':
      return `${theme.success(dryRun ? 'would create' : 'created')} ${target} from ${source}`;
    case 'replaced':
      return `${theme.warning(dryRun ? 'would replace' : 'replaced')} ${target} from ${source}`;
    case 'skipped':
      return `skipped ${source}: ${safeLine(outcome.reason ?? '')}`;
    case 'failed':
      return `${theme.error('failed')} ${source}: ${safeLine(outcome.reason ?? '')}`;
  }
}

/** The text of a file a dry run would write, indented so it cannot be mistaken for result lines. */
export function previewLines(text: string): string[] {
  return safeBlock(text.replace(/\n$/, ''))
    .split('\n')
    .map((line) => (line === '' ? '' : `    ${line}`));
}

/** The closing summary: how many pages were created, replaced, skipped and failed. */
export function importSummary(outcomes: readonly ImportOutcome[], dryRun: boolean): string {
  const count = (status: ImportOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const parts = [
    `${count('created')} ${dryRun ? 'to create' : 'created'}`,
    ...(count('replaced') > 0 ? [`${count('replaced')} ${dryRun ? 'to replace' : 'replaced'}`] : []),
    `${count('skipped')} skipped`,
    `${count('failed')} failed`,
  ];
  const pages = `${outcomes.length} ${outcomes.length === 1 ? 'page' : 'pages'}`;
  return `${dryRun ? 'dry run, nothing written: ' : ''}${pages}: ${parts.join(', ')}`;
}
