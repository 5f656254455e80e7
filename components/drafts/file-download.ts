/**
 * Saves text as a file through the browser's own download (Blob + <a download>), so nothing goes through
 * the network and no download permission is needed. `document_` is the test seam.
 */
export function downloadText(
  fileName: string,
  text: string,
  type: string,
  document_: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document_.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document_.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
