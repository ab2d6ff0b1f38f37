/**
 * A hostile SVG loses everything that could run or reach elsewhere when opened from the site, and keeps its drawing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sanitiseSvg } from '../../src/export/svg-sanitise.js';

const HOSTILE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg [<!ENTITY lol "lollollollol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="steal(1)" xml:base="https://evil.example/">
<script type="text/javascript">steal(2)</script>
<script><![CDATA[ steal(3) ]]></script>
<style>@import url(https://evil.example/x.css); .bar { fill: url(#grad); stroke: url( 'https://evil.example/track.png' ) } a > b { }</style>
<defs><linearGradient id="grad"><stop offset="0" stop-color="#c00"/><stop offset="1" stop-color="#00c"/></linearGradient></defs>
<rect class="bar" x="1" y="2" width="30" height="40" fill="url(#grad)" style="filter: url(https://evil.example/f.svg#x)" ONCLICK="steal(4)"/>
<a href="javascript:steal(5)"><text x="5" y="45">Sales &amp; costs &lt;2024&gt;</text></a>
<a xlink:href=" java&#x09;script:steal(6)"><text>two</text></a>
<a href="https://evil.example/">away</a>
<use href="https://evil.example/sprite.svg#icon"/><use xlink:href="#grad"/>
<image href="https://evil.example/pixel.png" width="1" height="1"/>
<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
<image href="data:image/svg+xml;base64,PHN2Zz4=" width="1" height="1"/>
<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example/"></iframe><b>inside</b></div></foreignObject>
<set attributeName="href" to="javascript:steal(7)"/>
<animate attributeName="href" values="javascript:steal(8)"/>
<path d="M0 0 L10 10" vector-effect="non-scaling-stroke"/>
</svg>
`;

test('a hostile SVG keeps its drawing and loses its script, handlers, foreign content and references elsewhere', () => {
  const { svg, removed } = sanitiseSvg(HOSTILE);
  assert.doesNotMatch(
    svg,
    /steal|evil\.example|<script|foreignObject|<iframe|inside|<set|<animate|xml:base|@import|DOCTYPE|ENTITY|lol/i,
  );
  assert.doesNotMatch(svg, /\son\w+=/i);
  assert.doesNotMatch(svg, /javascript:|data:image\/svg/i);
  // The drawing survives: case-sensitive names, gradients referenced by fragment, text escaped.
  assert.match(
    svg,
    /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" xmlns:xlink="http:\/\/www\.w3\.org\/1999\/xlink" viewBox="0 0 100 50">/,
  );
  assert.match(svg, /<linearGradient id="grad"><stop offset="0" stop-color="#c00"\/>/);
  assert.match(svg, /<rect class="bar" x="1" y="2" width="30" height="40" fill="url\(#grad\)" style="filter: none"\/>/);
  assert.match(svg, /\.bar \{ fill: url\(#grad\); stroke: none \} a &gt; b/);
  assert.match(svg, /<text x="5" y="45">Sales &amp; costs &lt;2024&gt;<\/text>/);
  assert.match(svg, /<use xlink:href="#grad"\/>/);
  assert.match(svg, /<image href="data:image\/png;base64,iVBORw0KGgo=" width="1" height="1"\/>/);
  assert.match(svg, /<path d="M0 0 L10 10" vector-effect="non-scaling-stroke"\/>/);
  assert.deepEqual(removed, [
    '@import',
    'animate',
    'event handlers',
    'external references',
    'foreignObject',
    'script',
    'set',
    'xml:base',
  ]);
});

test("a plain chart comes through unchanged and reports nothing removed; an editor's notes go without a word", () => {
  const drawn = sanitiseSvg(
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg><metadata><rdf:RDF/></metadata><sodipodi:namedview id="n"/><circle r="1"/></svg>',
  );
  assert.deepEqual(drawn, { svg: '<svg><circle r="1"/></svg>', removed: [] });
  const chart =
    '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><title>Chart</title><g fill="#333"><rect x="0" y="0" width="5" height="10"/></g></svg>';
  const { svg, removed } = sanitiseSvg(chart);
  assert.equal(svg, chart);
  assert.deepEqual(removed, []);
});

test('unclosed and nested hostile elements cannot leak text or tags out of a dropped element', () => {
  const { svg } = sanitiseSvg(
    '<svg><script><script>x</script>steal()</script><foreignObject><svg><script>y</script></svg>',
  );
  assert.doesNotMatch(svg, /steal|<script|x<|y</);
});
