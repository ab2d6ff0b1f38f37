/**
 * Link and image destinations and titles as CommonMark reads them: marked removes backslash escapes but leaves
 * character references as written, so `[x](&#106;avascript:…)` would reach a renderer as a relative link that a
 * browser nonetheless reads as `javascript:`. Decoding here, once, lets every renderer judge the URL a reader's
 * browser will see. Autolinks are taken literally, as CommonMark says.
 */
import type { MarkedExtension, Tokens } from 'marked';
import { decodeReferences } from './entities.js';

export function destinationExtension(): MarkedExtension {
  return {
    walkTokens(token) {
      if (token.type !== 'link' && token.type !== 'image') return;
      const target = token as Tokens.Link | Tokens.Image;
      if ((target as Tokens.Link).autolink === true) return;
      target.href = decodeReferences(target.href);
      if (target.title) target.title = decodeReferences(target.title);
    },
  };
}
