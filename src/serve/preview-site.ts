/**
 * What `folio serve` shows: a site folder that is brought up to date when articles change. This is the one
 * boundary between the server and the export; the server only asks for the folder and tells of changes.
 */

export interface SiteUpdate {
  /** Articles in the site after the update. */
  articles: number;
  /** What was done, for the log line: `rebuilt`, or what the update touched. */
  description: string;
}

export interface PreviewSite {
  /** The folder that holds the site as it stands now. */
  folder(): string;
  /** Brings the site up to date after the archive paths `changed` changed. */
  update(changed: readonly string[]): Promise<SiteUpdate>;
  /** Removes every file the preview made. */
  close(): void;
}
