/**
 * The work done for one article of `export json`: read its body back from the file, render it to safe HTML
 * and plain text from the same tokens. Runs on worker threads (see render-pool.ts) or in the main thread.
 */
import { readArticleBody } from '../archive/read-body.js';
import { problem, type Problem } from '../model/problem.js';
import { createHtmlRenderer, plain } from '../render/html.js';

export interface RecordJobSettings {
  root: string;
  htmlAsText: boolean;
}

export interface RecordJob {
  index: number;
  path: string;
  /** Where the body starts in the file, from the index. */
  bodyLine?: number;
  /** Set when a worker that had this job was stopped (records write nothing, so it changes nothing). */
  again?: boolean;
}

export interface RecordJobResult {
  index: number;
  body: string;
  html: string;
  text: string;
  problems: Problem[];
}

/** Creates the function that runs one record job; `forcePlain` renders without parsing Markdown. */
export function createRecordWorker(settings: RecordJobSettings): (job: RecordJob, forcePlain?: string) => RecordJobResult {
  const renderer = createHtmlRenderer({ htmlAsText: settings.htmlAsText });
  return (job, forcePlain) => {
    const read = readArticleBody(settings.root, job.path, job.bodyLine);
    const problems = [...read.problems];
    const rendered = forcePlain !== undefined ? plain(read.body, forcePlain) : renderer.render(read.body);
    if (rendered.fallback) problems.push(problem(job.path, 'warning', `HTML is plain text: ${rendered.fallback}`));
    return { index: job.index, body: read.body, html: rendered.html, text: rendered.text, problems };
  };
}
