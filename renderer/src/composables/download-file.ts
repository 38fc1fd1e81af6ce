/**
 * Hands text to the browser as a file download: a Blob behind an `<a download>`. The Electron app
 * lets exactly such downloads through (electron/main/download-guard.ts) and opens its save dialog;
 * a browser saves or asks as it is set up to.
 */
export function downloadFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // The download has read the blob by the next turn in Chromium; a minute is generous for any browser.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
