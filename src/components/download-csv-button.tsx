interface DownloadCsvButtonProps {
  /** Builds the CSV text on click (so a large table is only serialised when asked for). */
  readonly csv: () => string;
  /** File name, e.g. `ho-so-2026-10.csv`. */
  readonly fileName: string;
  /** Visible button text. */
  readonly label: string;
  readonly testId?: string;
}

/**
 * Downloads text produced by `format-csv-export` as a file: a Blob, an object URL and a
 * temporary `<a download>`; the URL is revoked right after the click.
 */
export function DownloadCsvButton({ csv, fileName, label, testId }: DownloadCsvButtonProps) {
  const onClick = () => {
    const blob = new Blob([csv()], { type: 'text/csv;charset=utf-8' });
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
  };
  return (
    <button type="button" className="download-csv" onClick={onClick} data-testid={testId}>
      {label}
    </button>
  );
}
