/**
 * How people are named in what the product writes. The practitioner may choose initials instead of names
 * (settings `useInitials`): drafts and records then name every other professional by initials, while the
 * practitioner still signs with their own name (it is their email). Subjects never carry a name at all.
 */

export interface NamedPerson {
  name: string;
  role?: string;
  agency?: string;
}

/** 'Priya Shah' -> 'P.S.'; "Seán O'Neil-Byrne" -> 'S.O.'. Keeps the first letter of each word. */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/u)
    .map((word) => /\p{L}/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  return letters.length === 0 ? '' : `${letters.map((letter) => letter.toUpperCase()).join('.')}.`;
}

export function nameOf(person: NamedPerson, useInitials: boolean): string {
  return useInitials ? initialsOf(person.name) : person.name;
}

/** "Sam Ortiz (Social worker, Children's Social Care)", or with initials "S.O. (Social worker, …)". */
export function describePerson(person: NamedPerson, useInitials: boolean): string {
  const where = [person.role, person.agency].filter((part): part is string => Boolean(part)).join(', ');
  const name = nameOf(person, useInitials);
  return where === '' ? name : `${name} (${where})`;
}
