import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { localDate, newArticleText, TemplateProblem } from '../../src/write/new-article.js';

const fields = {
  title: 'Notes: "quoted" & {{slug}}',
  slug: 'notes-quoted-slug',
  date: '2025-01-31',
  authors: ['Ada'],
  tags: ['a'],
};

function head(text: string): Record<string, unknown> {
  return parse(text.split('---\n')[1]!) as Record<string, unknown>;
}

test('a title that looks like YAML or a placeholder stays text', () => {
  const text = newArticleText(fields);
  assert.deepEqual(head(text), { title: 'Notes: "quoted" & {{slug}}', date: '2025-01-31', author: 'Ada', tags: ['a'] });
});

test('template placeholders are replaced in values and body, bare or quoted, and nothing is evaluated', () => {
  const template =
    '---\ntitle: {{title}}\ndate: {{date}}\nsummary: "About {{ slug }}, {{unknown}}"\ntags: travel, food\n---\n# {{title}}\n\n{{title.constructor}}\n';
  const text = newArticleText(fields, template);
  assert.deepEqual(head(text), {
    title: 'Notes: "quoted" & {{slug}}',
    date: '2025-01-31',
    summary: 'About notes-quoted-slug, {{unknown}}',
    tags: ['travel', 'food', 'a'],
    author: 'Ada',
  });
  assert.match(text, /\n# Notes: "quoted" & \{\{slug\}\}\n\n\{\{title\.constructor\}\}\n$/);
});

test('a template without frontmatter gives its body; a broken one is a TemplateProblem', () => {
  assert.match(newArticleText(fields, 'Just a body {{date}}\n'), /---\n\nJust a body 2025-01-31\n$/);
  assert.throws(() => newArticleText(fields, '---\ntitle: [unclosed\n---\n'), TemplateProblem);
  assert.throws(() => newArticleText(fields, '---\ntitle: x\n'), TemplateProblem);
  assert.throws(() => newArticleText(fields, '---\n- a list\n---\n'), TemplateProblem);
});

test('today is the calendar date of the local clock', () => {
  assert.equal(localDate(new Date(2024, 1, 29, 23, 59)), '2024-02-29');
  assert.equal(localDate(new Date(2024, 0, 1, 0, 0)), '2024-01-01');
});
