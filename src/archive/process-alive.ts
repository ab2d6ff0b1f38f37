/**
 * Whether the process that named a temporary file is still running, so a later run removes only what a dead
 * run left behind. Shared by the export's staging folders and the import's temporary articles.
 */

/** Whether a process with this id is running (a process of another user counts: it may be writing too). */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
