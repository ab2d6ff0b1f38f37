/**
 * Links the way note apps and site generators write them, read by marked as ordinary `link` and `image` tokens,
 * so every renderer shows them as it shows links and pictures:
 * - Obsidian's wikilinks: `[[note]]`, `[[note|text]]`, `[[folder/note#heading]]` give the href `[[note#heading]]`
 *   (what article-links.ts resolves to a note of the archive) and the text, or the note's name, as the label. An
 *   embed of a picture, `![[photo.png]]` or `![[photo.png|200]]`, is a picture; any other embed (`![[note]]`,
 *   `![[paper.pdf]]`) is read as a link to what it embeds.
 * - Hugo's `{{< ref "post.md" >}}` and `relref` (also with `{{% … %}}`): as a link's destination,
 *   `[text]({{< ref "post.md" >}})`, the link's href becomes `ref:post.md`; alone in text it is a link whose text
 *   is the path it names.
 * Being inline extensions, none of them is read inside code spans or code blocks. Zola's `@/post.md` needs no
 * extension: it is an ordinary destination.
 */
import type { MarkedExtension, TokenizerAndRendererExtension, Tokens } from 'marked';
import { wikiTarget, wikilinkView } from './article-links.js';

/** `[[target]]` or `[[target|label]]`, on one line, with no brackets inside. */
const WIKILINK = /^(!?)\[\[([^\[\]|\n]{1,500})(?:\|([^\[\]\n]{0,500}))?\]\]/;
/** Hugo's ref shortcode, with its path in double quotes. */
const HUGO_REF = String.raw`\{\{[<%]\s*(?:rel)?ref\s+"([^"\n\[\]()]{1,500})"\s*[>%]\}\}`;
const HUGO_REF_ALONE = new RegExp(`^${HUGO_REF}`);
const HUGO_REF_LINK = new RegExp(String.raw`^\[([^\[\]\n]{0,500})\]\(\s*${HUGO_REF}\s*\)`);

function textToken(text: string): Tokens.Text {
  return { type: 'text', raw: text, text, escaped: false };
}

export function namedLinkExtension(): MarkedExtension {
  const wikilink: TokenizerAndRendererExtension = {
    name: 'wikilink',
    level: 'inline',
    start(src) {
      const at = src.indexOf('[[');
      if (at === -1) return undefined;
      return at > 0 && src[at - 1] === '!' ? at - 1 : at;
    },
    tokenizer(src) {
      const match = WIKILINK.exec(src);
      if (!match) return undefined;
      const target = wikiTarget(match[2]!);
      const view = wikilinkView(match[1] === '!', target, match[3]?.trim() ?? '');
      const href = `[[${target}]]`;
      if (view.picture) {
        const image: Tokens.Image = {
          type: 'image',
          raw: match[0],
          href,
          title: null,
          text: view.text,
          tokens: view.text === '' ? [] : [textToken(view.text)],
        };
        return image as unknown as Tokens.Generic;
      }
      const link: Tokens.Link = {
        type: 'link',
        raw: match[0],
        href,
        title: null,
        text: view.text,
        tokens: [textToken(view.text)],
      };
      return link as unknown as Tokens.Generic;
    },
  };
  const hugoRef: TokenizerAndRendererExtension = {
    name: 'hugoRef',
    level: 'inline',
    // `[` already ends a run of plain text, so only the shortcode alone needs a start.
    start(src) {
      const at = src.indexOf('{{');
      return at === -1 ? undefined : at;
    },
    tokenizer(src) {
      const asLink = HUGO_REF_LINK.exec(src);
      if (asLink) {
        const link: Tokens.Link = {
          type: 'link',
          raw: asLink[0],
          href: `ref:${asLink[2]!}`,
          title: null,
          text: asLink[1]!,
          tokens: this.lexer.inlineTokens(asLink[1]!),
        };
        return link as unknown as Tokens.Generic;
      }
      const alone = HUGO_REF_ALONE.exec(src);
      if (!alone) return undefined;
      const path = alone[1]!;
      const link: Tokens.Link = {
        type: 'link',
        raw: alone[0],
        href: `ref:${path}`,
        title: null,
        text: path,
        tokens: [textToken(path)],
      };
      return link as unknown as Tokens.Generic;
    },
  };
  return { extensions: [wikilink, hugoRef] };
}
