/**
 * playwright-core, loaded without its type declarations (they need the DOM library, which the Node side of the
 * project does not compile against), behind the small interface the browser tests use.
 */
import { createRequire } from 'node:module';

export interface Locator {
  count(): Promise<number>;
  first(): Locator;
  textContent(): Promise<string | null>;
  click(): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  all(): Promise<Locator[]>;
  allTextContents(): Promise<string[]>;
}

export interface Page {
  goto(url: string): Promise<unknown>;
  url(): string;
  title(): Promise<string>;
  locator(selector: string): Locator;
  click(selector: string): Promise<void>;
  fill(selector: string, value: string): Promise<void>;
  press(selector: string, key: string): Promise<void>;
  focus(selector: string): Promise<void>;
  inputValue(selector: string): Promise<string>;
  selectOption(selector: string, value: string): Promise<unknown>;
  textContent(selector: string): Promise<string | null>;
  keyboard: { press(key: string): Promise<void> };
  waitForURL(url: RegExp): Promise<void>;
  waitForFunction(fn: () => boolean): Promise<unknown>;
  waitForLoadState(state: 'load'): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  on(event: 'requestfailed', listener: (request: { url(): string }) => void): void;
  on(event: 'response', listener: (response: { url(): string; status(): number }) => void): void;
  on(event: 'dialog', listener: (dialog: { message(): string; dismiss(): Promise<void> }) => void): void;
}

export interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
  on(event: 'page', listener: (page: Page) => void): void;
}

interface Playwright {
  chromium: {
    launchPersistentContext(
      userDataDir: string,
      options: {
        executablePath: string;
        args: string[];
        headless: boolean;
        viewport?: { width: number; height: number };
      },
    ): Promise<BrowserContext>;
  };
}

export const playwright = createRequire(import.meta.url)('playwright-core') as Playwright;

/** Debian's Chromium, and the flags that keep it quiet on a machine without network. */
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
