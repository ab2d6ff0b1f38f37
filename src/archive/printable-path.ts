/**
 * How a file of the archive is named one to a line, for `list --format paths` and for finding it again by that
 * name: both sides must agree, so the rule lives in one place below the index and the CLI.
 */

/**
 * A path as `--format paths` prints it, one to a line: control characters, which would break the line or reach
 * the terminal, become `?` (as `ls` shows them). `show` accepts a path in this form too.
 */
export function printablePath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
