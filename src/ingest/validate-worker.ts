// Runs in a Web Worker: parsing and validating a large file must not freeze the page.
import { decodeText } from '../data/decode-text.ts';
import { parseCsv } from '../data/parse-csv.ts';
import { DATASET_ORDER, DATASET_SPECS } from '../data/schema.ts';
import { validateDataset } from '../data/validate-dataset.ts';

interface Request {
  readonly dataset: unknown;
  readonly name: unknown;
  readonly source: unknown;
  readonly knownCodes: unknown;
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  void handle(event.data).then((response) => {
    self.postMessage(response);
  });
});

async function handle(request: Request) {
  try {
    const dataset = DATASET_ORDER.find((id) => id === request.dataset);
    if (dataset === undefined) throw new Error('unknown dataset');
    const name = typeof request.name === 'string' ? request.name : 'upload.csv';
    const source = request.source;
    let text: string;
    if (typeof source === 'string') {
      text = source;
    } else if (source instanceof Blob) {
      const decoded = decodeText(new Uint8Array(await source.arrayBuffer()));
      if (!decoded.ok) return { ok: false as const, unreadable: decoded.reason, message: name };
      text = decoded.text;
    } else {
      throw new Error('no file content');
    }
    const knownCodes = Array.isArray(request.knownCodes)
      ? new Set(request.knownCodes.filter((code): code is string => typeof code === 'string'))
      : undefined;
    const result = validateDataset(DATASET_SPECS[dataset], name, parseCsv(text), { knownCodes });
    return { ok: true as const, result };
  } catch (error) {
    return { ok: false as const, message: error instanceof Error ? error.message : String(error) };
  }
}
