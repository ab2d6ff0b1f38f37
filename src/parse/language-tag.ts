/**
 * Whether a text has the shape of a BCP 47 language tag (`en`, `pt-BR`, `zh-Hant-TW`): a language of two or three
 * letters, then parts of letters and digits joined by hyphens. The shape only: whether the language exists is not
 * folio's to judge, but a name such as `English` or `en_GB` is told apart from a tag.
 */
export function isLanguageTag(value: string): boolean {
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value);
}
