/**
 * Turns an address a person types ("cases.example.gov.uk", "https://cases.example.gov.uk/record/1")
 * into the host-permission pattern the browser grants ("https://cases.example.gov.uk/*").
 * Plain http is accepted only for this machine (local demo and test sites).
 */
export function sitePatternFromAddress(
  address: string,
): { ok: true; pattern: string } | { ok: false; message: string } {
  const trimmed = address.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the address of your case-management system.' };
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, message: 'Enter a web address, like https://cases.example.gov.uk' };
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol === 'http:' && !local) {
    return { ok: false, message: 'Use the https:// address: case records must not travel unencrypted.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'Enter a web address starting with https://' };
  }
  return { ok: true, pattern: `${url.protocol}//${url.hostname}/*` };
}
