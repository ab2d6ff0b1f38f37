/**
 * The terminal look of each semantic role, and the only module that talks to chalk.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { themeFrom, type Role, type Theme } from '../render/theme.js';
import type { ColorLevel } from './color.js';

/** Builds the theme for a colour level; level 0 leaves text untouched. */
export function chalkTheme(level: ColorLevel): Theme {
  const chalk = new Chalk({ level });
  const styles: Record<Role, ChalkInstance> = {
    title: chalk.bold,
    heading: chalk.bold.cyan,
    date: chalk.cyan,
    author: chalk.green,
    tag: chalk.magenta,
    path: chalk.blue,
    dim: chalk.dim,
    match: chalk.bold.yellow,
    error: chalk.red.bold,
    warning: chalk.yellow,
    success: chalk.green,
    strong: chalk.bold,
    emphasis: chalk.italic,
    code: chalk.yellow,
    link: chalk.blue.underline,
    quote: chalk.italic.gray,
    strike: chalk.strikethrough,
    bullet: chalk.cyan,
    rule: chalk.dim,
    url: chalk.dim.underline,
    keyword: chalk.magenta,
    string: chalk.green,
    comment: chalk.dim.italic,
    number: chalk.cyan,
    symbol: chalk.blue,
    type: chalk.yellow,
    attribute: chalk.cyan,
    inserted: chalk.green,
    deleted: chalk.red,
  };
  return themeFrom((role, text) => styles[role](text));
}
