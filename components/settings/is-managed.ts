/** Whether IT manages this field, named either whole ("practitioner") or by path ("practitioner.email"). */
export function isManaged(managed: readonly string[], path: string): boolean {
  const top = path.split('.')[0] ?? path;
  return managed.includes(path) || managed.includes(top);
}
