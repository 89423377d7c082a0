/** What the ops tests share: a Prometheus text parser, a job to watch, an SSE reader. */
import type { TestGateway } from '../helpers/gateway';

export type Samples = Map<string, number>;

/** `name{a="x",b="y"} 3` → key `name{a="x",b="y"}` (labels sorted) → 3. */
export function parseProm(text: string): Samples {
  const out: Samples = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!m) continue;
    const labels = m[3] ? [...m[3].matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => `${x[1]}="${x[2]}"`).sort() : [];
    out.set(`${m[1]}{${labels.join(',')}}`, Number(m[4]));
  }
  return out;
}

export function sample(s: Samples, name: string, labels: Record<string, string> = {}): number {
  const key = `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).sort().join(',')}}`;
  return s.get(key) ?? 0;
}

export async function scrape(t: TestGateway, headers: Record<string, string> = {}): Promise<Samples> {
  const res = await fetch(`${t.gateway.url}/metrics`, { headers });
  if (res.status !== 200) throw new Error(`/metrics: ${res.status}`);
  return parseProm(await res.text());
}

export { sleep, until } from '../helpers/wait';


/** An IMS export of one of alice's images: a job that uses no quota and ends in SUCCESS after 5 simulator steps. */
export async function startExport(t: TestGateway, n: string): Promise<string> {
  const images = await t.gql(`{ images(first: 100, filter: { imageType: PRIVATE }) { edges { node { imageId status ownedByMe wholeImage encryptionKeyId rootOrigin virtualEnvType } } } }`);
  const source = images.data.images.edges
    .map((e: any) => e.node)
    .find((i: any) => i.ownedByMe && i.status === 'ACTIVE' && !i.wholeImage && !i.encryptionKeyId && !i.rootOrigin && i.virtualEnvType === 'FUSION_COMPUTE');
  const r = await t.gql(
    `mutation($input: ExportImageInput!) { exportImage(input: $input) { __typename ... on JobPayload { job { jobId } } ... on Error { message } } }`,
    { input: { imageId: source.imageId, bucketUrl: `ims-image:ops-${n}.qcow2`, fileFormat: 'QCOW2' } },
  );
  if (r.data?.exportImage?.__typename !== 'JobPayload') throw new Error(JSON.stringify(r));
  return r.data.exportImage.job.jobId;
}

export interface SseStream {
  events: unknown[];
  /** `complete` when the server sent `event: complete`; `closed` when the stream ended without it. */
  ended: Promise<'complete' | 'closed'>;
  abort(): void;
}

export function sse(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): SseStream {
  const controller = new AbortController();
  const events: unknown[] = [];
  const ended = (async (): Promise<'complete' | 'closed'> => {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { accept: 'text/event-stream', 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
        signal: controller.signal,
      });
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: ?complete$/m.test(frame)) return 'complete';
          const data = frame.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
          if (data) events.push(JSON.parse(data));
        }
      }
      return 'closed';
    } catch {
      return 'closed';
    }
  })();
  return { events, ended, abort: () => controller.abort() };
}
