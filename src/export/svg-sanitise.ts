/**
 * Makes an SVG picture safe to serve from the site's own origin. Shown through `<img>` an SVG cannot run
 * anything, but a reader can open it directly, and then it is a document of the site: its script would run with
 * the site's origin. So the copy keeps only drawing: an allow-list of SVG elements (`script`, `foreignObject`,
 * animation that can rewrite links and anything unknown are dropped), no event handler attributes, no reference
 * that leaves the picture (`href` only to `#fragments`, `url(…)` only to `#fragments`, no `@import`, no
 * `xml:base`), no `javascript:`, `vbscript:` or `data:` values except raster `data:` pictures in `<image>`, and
 * no DOCTYPE (its entities are the "billion laughs"). The file is parsed as XML by htmlparser2 (the parser
 * sanitize-html is built on) and written back by this module, which escapes every text and attribute value;
 * work is linear in the file's size.
 */
import { Parser } from 'htmlparser2';

/** Elements a chart or a diagram needs; any other element's tags are dropped (its content is kept). */
const ALLOWED_ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'symbol',
  'use',
  'title',
  'desc',
  'switch',
  'view',
  'a',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'textPath',
  'image',
  'clipPath',
  'mask',
  'pattern',
  'marker',
  'linearGradient',
  'radialGradient',
  'stop',
  'style',
  'filter',
  'feBlend',
  'feColorMatrix',
  'feComponentTransfer',
  'feComposite',
  'feConvolveMatrix',
  'feDiffuseLighting',
  'feDisplacementMap',
  'feDistantLight',
  'feDropShadow',
  'feFlood',
  'feFuncA',
  'feFuncB',
  'feFuncG',
  'feFuncR',
  'feGaussianBlur',
  'feImage',
  'feMerge',
  'feMergeNode',
  'feMorphology',
  'feOffset',
  'fePointLight',
  'feSpecularLighting',
  'feSpotLight',
  'feTile',
  'feTurbulence',
]);

/** Dropped with everything inside them. */
const DROPPED_WITH_CONTENT = new Set([
  'script',
  'foreignObject',
  'iframe',
  'object',
  'embed',
  'handler',
  'listener',
  'animate',
  'set',
  'animateMotion',
  'animateTransform',
  'animateColor',
  'metadata',
]);
/** Dropped without a word: editors' notes (Inkscape's `metadata`, `sodipodi:*`) and the DOCTYPE run nothing. */
const QUIETLY_DROPPED = new Set(['metadata']);

const REFERENCE_ATTRIBUTES = new Set(['href', 'xlink:href', 'src']);
/** A raster picture embedded in the file: the only `data:` URL kept (on `<image>` and `<feImage>`). */
const RASTER_DATA = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/i;
const SCRIPT_SCHEME = /^(?:javascript|vbscript|data):/i;
/** `url(…)` to anything but a fragment of this picture. */
const OUTSIDE_URL = /url\(\s*(?!['"]?\s*#)[^)]*\)/gi;
const IMPORT = /@import[^;]*;?/gi;
const DOCTYPE = /<!DOCTYPE[^>[]*(?:\[[^\]]*\])?[^>]*>/gi;

export interface SanitisedSvg {
  svg: string;
  /**
   * What was taken out that could have run or loaded something (`script`, `event handlers`, `external
   * references`, …), sorted; empty if nothing. Elements outside the allow-list that do neither (an editor's
   * `sodipodi:namedview`, `metadata`, the DOCTYPE) are dropped without being named here.
   */
  removed: string[];
}

/** The safe copy of the SVG document `source`. */
export function sanitiseSvg(source: string): SanitisedSvg {
  const removed = new Set<string>();
  const out: string[] = [];
  /** Per open element: whether its tags are written. */
  const open: boolean[] = [];
  /** Depth inside an element dropped with its content (0: not inside one). */
  let dropping = 0;
  /** A start tag is written up to its attributes; `>` or `/>` follows once we know whether it has content. */
  let tagPending = false;
  let inStyle = 0;
  const closePending = () => {
    if (tagPending) out.push('>');
    tagPending = false;
  };
  const cleanCss = (css: string): string =>
    css
      .replace(IMPORT, () => {
        removed.add('@import');
        return '';
      })
      .replace(OUTSIDE_URL, () => {
        removed.add('external references');
        return 'none';
      });

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (dropping > 0 || DROPPED_WITH_CONTENT.has(name)) {
          if (dropping === 0 && !QUIETLY_DROPPED.has(name)) removed.add(name);
          dropping++;
          return;
        }
        const kept = ALLOWED_ELEMENTS.has(name);
        open.push(kept);
        if (!kept) return;
        closePending();
        if (name === 'style') inStyle++;
        out.push(`<${name}`);
        for (const [attribute, value] of Object.entries(safeAttributes(name, attribs, removed, cleanCss))) {
          out.push(` ${attribute}="${escapeXml(value)}"`);
        }
        tagPending = true;
      },
      ontext(text) {
        if (dropping > 0) return;
        closePending();
        out.push(escapeXml(inStyle > 0 ? cleanCss(text) : text));
      },
      onclosetag(name) {
        if (dropping > 0) {
          dropping--;
          return;
        }
        if (!open.pop()) return;
        if (name === 'style') inStyle--;
        if (tagPending) out.push('/>');
        else out.push(`</${name}>`);
        tagPending = false;
      },
    },
    { xmlMode: true, recognizeSelfClosing: true },
  );
  parser.write(source.replace(DOCTYPE, ''));
  parser.end();
  closePending();
  return { svg: out.join(''), removed: [...removed].sort() };
}

function safeAttributes(
  tag: string,
  attribs: Record<string, string>,
  removed: Set<string>,
  cleanCss: (css: string) => string,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(attribs)) {
    const lower = name.toLowerCase();
    const squeezed = value.replace(/[\s\0-\x1f]/g, '');
    if (lower.startsWith('on')) {
      removed.add('event handlers');
    } else if (lower === 'xml:base' || /[^\w:.-]/.test(name)) {
      removed.add(name);
    } else if (REFERENCE_ATTRIBUTES.has(lower)) {
      const raster = (tag === 'image' || tag === 'feImage') && RASTER_DATA.test(value.trim());
      if (squeezed.startsWith('#') || raster) kept[name] = value;
      else removed.add('external references');
    } else if (SCRIPT_SCHEME.test(squeezed)) {
      removed.add('script URLs');
    } else {
      kept[name] = cleanCss(value);
    }
  }
  return kept;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
