import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editorArguments, editorWords, splitEditorSetting } from '../../src/cli/editor.js';
import { UsageError } from '../../src/model/errors.js';

test('each common editor is given the line its own way', () => {
  for (const editor of ['vi', 'vim', 'nvim', 'nano', 'emacs', 'micro', 'kak', 'helix', 'hx', '/usr/local/bin/nvim']) {
    assert.deepEqual(editorArguments([editor], '/a/b.md', 12), ['+12', '/a/b.md'], editor);
  }
  assert.deepEqual(editorArguments(['code', '--wait'], '/a/b.md', 3), ['--wait', '-g', '/a/b.md:3']);
  assert.deepEqual(editorArguments(['subl'], '/a/b.md', 3), ['/a/b.md']);
  assert.deepEqual(editorArguments(['vim'], '/a/b.md'), ['/a/b.md']);
});

test('the editor setting is split as a shell word list, and shell syntax is refused', () => {
  assert.deepEqual(splitEditorSetting('EDITOR', `code --wait 'a b' "c\\"d" $X`, { X: 'x y' }), [
    'code',
    '--wait',
    'a b',
    'c"d',
    'x y',
  ]);
  for (const setting of ['vi; rm -rf ~', 'vi && true', 'vi | tee', 'vi > f', 'vi $(id)']) {
    assert.throws(() => splitEditorSetting('EDITOR', setting, {}), UsageError, setting);
  }
  // Backquotes are not command substitution here: the word is passed on as it is.
  assert.deepEqual(splitEditorSetting('EDITOR', 'vi `id`', {}), ['vi', '`id`']);
});

test('VISUAL beats EDITOR, and without either the first editor on PATH is used', () => {
  assert.deepEqual(
    editorWords({ VISUAL: 'a', EDITOR: 'b' }, () => true),
    ['a'],
  );
  assert.deepEqual(
    editorWords({ EDITOR: 'b' }, () => true),
    ['b'],
  );
  assert.deepEqual(
    editorWords({ VISUAL: '  ' }, (name) => name === 'nano'),
    ['nano'],
  );
  assert.throws(() => editorWords({}, () => false), /set \$VISUAL or \$EDITOR/);
});
