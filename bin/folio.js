#!/usr/bin/env node
// Launcher: starts the compiled CLI. Compiled code lives in dist/ (built by `npm ci` through `prepare`).
import module from 'node:module';

// Node 22+ can cache compiled code between runs; on Node 20 this is skipped.
module.enableCompileCache?.();

const { main } = await import('../dist/src/cli/main.js');

// A closed pipe (`folio list | head -1`) ends the run quietly and successfully, as ripgrep does.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: process.stdin.isTTY === true,
  env: process.env,
  cwd: process.cwd(),
});
