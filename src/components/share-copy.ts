/**
 * Copies text with the asynchronous Clipboard API; false when there is none (an insecure
 * origin, an old browser) or the browser refuses (permission denied, document not focused), so
 * the caller can offer the text selected in a field instead.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  if (!('clipboard' in navigator)) return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
