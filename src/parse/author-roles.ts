/**
 * What an author does, as the frontmatter states it. Bylines such as "Pavel Latushka: Deputy Head of …" are
 * imported as `author: {name, role}`; the Article keeps names only (they are what filters and pages key on),
 * so readers that show a byline look the role up here, in the article's frontmatter.
 */

const ROLE_KEYS = ['role', 'title', 'affiliation'] as const;

/** Each named author's role, keyed by the name as it appears in the frontmatter (whitespace collapsed). */
export function authorRoles(data: Record<string, unknown>): Map<string, string> {
  const roles = new Map<string, string>();
  for (const key of ['authors', 'author']) {
    if (!Object.hasOwn(data, key)) continue;
    const value = data[key];
    let named = false;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string' && collapse(item) !== '') named = true;
      if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
      const entry = item as Record<string, unknown>;
      const name = typeof entry.name === 'string' ? collapse(entry.name) : '';
      if (name === '') continue;
      named = true;
      if (roles.has(name)) continue;
      for (const roleKey of ROLE_KEYS) {
        const role =
          Object.hasOwn(entry, roleKey) && typeof entry[roleKey] === 'string' ? collapse(entry[roleKey]) : '';
        if (role !== '') {
          roles.set(name, role);
          break;
        }
      }
    }
    // The article's names come from `authors` when it names anyone, so roles follow the same field.
    if (named) break;
  }
  return roles;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
