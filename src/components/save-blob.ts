/**
 * Saves a Blob as a file: an object URL and a temporary `<a download>`; the URL is revoked right
 * after the click.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke on the next task: some browsers start the download asynchronously.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  }
}

export const CSV_MIME = 'text/csv;charset=utf-8';
