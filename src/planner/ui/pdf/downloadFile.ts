/**
 * Hands bytes to the browser as a download, through a short-lived Blob URL: nothing is uploaded,
 * and the URL is revoked once the browser has had time to start saving.
 */
export function downloadFile(data: Uint8Array | string, type: string, fileName: string): void {
  // Copy into a plain ArrayBuffer: Blob's types refuse views that might be shared memory.
  const part = typeof data === 'string' ? data : new Uint8Array(data).buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
