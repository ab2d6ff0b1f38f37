/**
 * Terminal hyperlinks (OSC 8): whether the terminal on stdout draws them, and the escape codes that make one.
 * Terminals that do not know OSC 8 may print it as garbage, so links are only made where support is known
 * (or forced with FORCE_HYPERLINK=1), never in a pipe, and never inside tmux or screen, which may drop them.
 */
import type { Hyperlinker } from '../render/terminal/paint.js';
import type { OutputStream } from './io.js';

/** Whether to draw hyperlinks on `stream`. */
export function supportsHyperlinks(env: Record<string, string | undefined>, stream: OutputStream): boolean {
  const forced = env.FORCE_HYPERLINK;
  if (forced !== undefined && forced !== '') return forced !== '0' && forced !== 'false';
  if (!stream.isTTY || env.TERM === 'dumb' || env.TMUX || env.STY) return false;
  if (
    env.TERM_PROGRAM &&
    ['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper', 'tabby', 'rio'].includes(env.TERM_PROGRAM)
  )
    return true;
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.KONSOLE_VERSION || env.DOMTERM || env.ALACRITTY_WINDOW_ID)
    return true;
  if (/^(?:xterm-kitty|xterm-ghostty|alacritty|wezterm|foot)/.test(env.TERM ?? '')) return true;
  const vte = Number.parseInt(env.VTE_VERSION ?? '', 10);
  return Number.isFinite(vte) && vte >= 5000;
}

/** Wraps text in an OSC 8 hyperlink. `url` must already be printable ASCII (see render/terminal/links.ts). */
export const osc8: Hyperlinker = (text, url) => `\u001b]8;;${url}\u001b\\${text}\u001b]8;;\u001b\\`;
