import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, html, jsonInScript, trusted, xml } from '../../src/export/markup.js';

test('html templates escape every interpolation that is not markup', () => {
  const title = `</title><script>alert("x")</script>`;
  const page = html`<title>${title}</title><a title="${`" onmouseover="x`}">${trusted('<b>ok</b>')}</a>${[html`<i>${'<'}</i>`, 3, null, false]}`;
  assert.equal(
    page.value,
    '<title>&lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title><a title="&quot; onmouseover=&quot;x"><b>ok</b></a><i>&lt;</i>3',
  );
});

test('JSON inside a script element cannot close it', () => {
  const json = jsonInScript({ title: '</script><script>alert(1)</script>', note: '<!-- & \u2028' }).value;
  assert.doesNotMatch(json, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(json), { title: '</script><script>alert(1)</script>', note: '<!-- & \u2028' });
});

test('XML escaping drops characters XML 1.0 cannot hold', () => {
  assert.equal(escapeXml('a\u0000b\u001bc\ufffed]]>&\'"'), 'abcd]]&gt;&amp;&apos;&quot;');
  assert.equal(escapeXml('\ud800lone'), 'lone');
  assert.equal(xml`<t a="${'"'}">${'<x>'}</t>`.value, '<t a="&quot;">&lt;x&gt;</t>');
});
