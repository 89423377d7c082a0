/**
 * The project's images, a page at a time: status (live for images that are not ACTIVE yet), tags, sharing state,
 * and the actions that start jobs (copy, export) from a row.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Gateway, OperationError, ShownError } from './client';
import {
  DashboardCopyImageDocument,
  DashboardExportImageDocument,
  DashboardImageStatusDocument,
  DashboardImagesDocument,
  type DashboardErrorFragment,
  type DashboardImageFragment,
  type ExportFileFormat,
  type ImageStatus,
  type JobKind,
} from './generated/graphql';
import type { JobRow } from './dashboard';
import { bytes, errorText } from './util';

const PAGE_SIZE = 20;
/** Statuses an image leaves by itself: worth watching live. */
const MOVING: ReadonlySet<ImageStatus> = new Set(['QUEUED', 'SAVING', 'UPLOADING', 'IMPORTING']);
const FORMATS: ExportFileFormat[] = ['QCOW2', 'VHD', 'ZVHD', 'VMDK'];

function sharing(i: DashboardImageFragment): string {
  if (!i.ownedByMe) return 'Shared with this project';
  if (i.visibility === 'PUBLIC') return 'Public';
  if (!i.members.length) return 'Not shared';
  const by = (s: string) => i.members.filter((m) => m.status === s).length;
  const parts = [['accepted', by('ACCEPTED')], ['pending', by('PENDING')], ['rejected', by('REJECTED')]].filter(([, n]) => n) as [string, number][];
  return `Shared with ${i.members.length} project${i.members.length > 1 ? 's' : ''} (${parts.map(([s, n]) => `${n} ${s}`).join(', ')})`;
}

function describeError(e: DashboardErrorFragment): ShownError {
  const code = 'upstream' in e && e.upstream?.code ? e.upstream.code : 'code' in e ? e.code : e.__typename;
  const issues = 'issues' in e ? e.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ') : '';
  return { message: issues ? `${e.message}: ${issues}` : e.message, code };
}

type Action = { kind: 'copy' | 'export'; imageId: string } | null;

export function Images({ gw, onStarted, onRefused, reconnects }: { gw: Gateway; onStarted(row: JobRow): void; onRefused(e: OperationError): void; reconnects: number }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState<{ images: DashboardImageFragment[]; next: string | null } | null>(null);
  const [error, setError] = useState<ShownError>();
  const [live, setLive] = useState<Record<string, ImageStatus>>({});
  const [action, setAction] = useState<Action>(null);
  const after = cursors.at(-1) ?? null;

  useEffect(() => {
    let current = true;
    gw.request(DashboardImagesDocument, { first: PAGE_SIZE, after }).then(
      (d) => {
        if (!current) return;
        setPage({ images: d.images.edges.map((e) => e.node), next: d.images.pageInfo.hasNextPage ? (d.images.pageInfo.endCursor ?? null) : null });
        setError(undefined);
      },
      (e: OperationError) => {
        if (!current) return;
        setError(e.errors[0]);
        onRefused(e);
      },
    );
    return () => {
      current = false;
    };
  }, [gw, after, reconnects]);

  // Images on this page that are still on their way to ACTIVE (or KILLED): follow them live.
  const moving = (page?.images ?? []).filter((i) => i.status && MOVING.has(i.status)).map((i) => i.imageId);
  useEffect(() => {
    const stops = moving.map((id) =>
      gw.subscribe(DashboardImageStatusDocument, { id }, { next: (d) => d.imageStatus.status && setLive((l) => ({ ...l, [id]: d.imageStatus.status! })) }),
    );
    return () => stops.forEach((s) => s());
  }, [gw, moving.join(',')]);

  return (
    <section aria-labelledby="images-title" class="images">
      <div class="section-head">
        <h2 id="images-title">Images</h2>
        <nav class="pager" aria-label="Image pages">
          <button type="button" class="secondary" disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
            ← Previous
          </button>
          <span>Page {cursors.length}</span>
          <button type="button" class="secondary" disabled={!page?.next} onClick={() => page?.next && setCursors((c) => [...c, page.next])}>
            Next →
          </button>
        </nav>
      </div>
      {error && (
        <p class="error" role="alert">
          Could not read the images: {errorText(error)}
        </p>
      )}
      {page && page.images.length === 0 && <p class="empty">This project has no private or shared images.</p>}
      {!page && !error && <p class="empty">Loading images…</p>}
      {page && page.images.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col">Size</th>
              <th scope="col">Tags</th>
              <th scope="col">Sharing</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {page.images.map((i) => {
              const status = live[i.imageId] ?? i.status ?? 'UNKNOWN';
              const open = action?.imageId === i.imageId ? action.kind : null;
              return (
                <Fragment key={i.imageId}>
                  <tr id={`image-${i.imageId}`} data-image-name={i.name ?? ''}>
                    <th scope="row">{i.name ?? i.imageId}</th>
                    <td>
                      <span class={`image-status image-${status}`}>
                        {status}
                        {MOVING.has(status as ImageStatus) ? ' (live)' : ''}
                      </span>
                    </td>
                    <td>{bytes(i.sizeBytes)}</td>
                    <td>
                      {i.tags.length ? (
                        <ul class="tags">
                          {i.tags.map((t) => (
                            <li>{t.value ? `${t.key}=${t.value}` : t.key}</li>
                          ))}
                        </ul>
                      ) : (
                        <span class="muted">none</span>
                      )}
                    </td>
                    <td>{sharing(i)}</td>
                    <td class="actions">
                      <button type="button" aria-expanded={open === 'copy'} disabled={status !== 'ACTIVE'} onClick={() => setAction(open === 'copy' ? null : { kind: 'copy', imageId: i.imageId })}>
                        Copy
                      </button>
                      <button
                        type="button"
                        aria-expanded={open === 'export'}
                        disabled={status !== 'ACTIVE' || !i.ownedByMe}
                        onClick={() => setAction(open === 'export' ? null : { kind: 'export', imageId: i.imageId })}
                      >
                        Export
                      </button>
                    </td>
                  </tr>
                  {open && (
                    <tr class="action-row">
                      <td colSpan={6}>
                        <StartJob gw={gw} image={i} kind={open} onDone={() => setAction(null)} onStarted={onStarted} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

function StartJob({ gw, image, kind, onDone, onStarted }: { gw: Gateway; image: DashboardImageFragment; kind: 'copy' | 'export'; onDone(): void; onStarted(row: JobRow): void }) {
  const base = image.name ?? image.imageId.slice(0, 8);
  const [name, setName] = useState(`${base}-copy`);
  const [bucketUrl, setBucketUrl] = useState(`ims-image:${base}.qcow2`);
  const [format, setFormat] = useState<ExportFileFormat>('QCOW2');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError>();
  // One key per intended job: a second submit of this form (after a network error, a double click) cannot start
  // a second job; the gateway answers the first one's job.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useRef<HTMLFormElement>(null);
  // Keyboard users land in the form's first field (autofocus only applies at page load, not to inserted forms).
  useEffect(() => form.current?.querySelector('input')?.focus(), []);

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result =
        kind === 'copy'
          ? (await gw.request(DashboardCopyImageDocument, { input: { imageId: image.imageId, name, idempotencyKey } })).copyImage
          : (await gw.request(DashboardExportImageDocument, { input: { imageId: image.imageId, bucketUrl, fileFormat: format, idempotencyKey } })).exportImage;
      if (result.__typename !== 'JobPayload') {
        setError(describeError(result as DashboardErrorFragment));
        return;
      }
      const jobKind: JobKind = kind === 'copy' ? 'COPY_IMAGE' : 'EXPORT_IMAGE';
      onStarted({
        jobId: result.jobId,
        kind: jobKind,
        upstreamType: null,
        imageName: kind === 'copy' ? name : null,
        startedBy: null,
        startedAt: Date.now(),
        endedAt: null,
        status: 'INIT',
        progressPercent: 0,
        currentTask: null,
        errorCode: null,
        failReason: null,
        imageId: null,
        targets: [{ kind: 'IMAGE', id: image.imageId, name: image.name ?? null }, ...(kind === 'export' ? [{ kind: 'OBS', id: bucketUrl, name: null }] : [])],
      });
      onDone();
    } catch (err) {
      setError((err as OperationError).errors?.[0] ?? { message: String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={form} class="start-job" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onDone()} aria-label={`${kind === 'copy' ? 'Copy' : 'Export'} ${base}`}>
      {kind === 'copy' ? (
        <label>
          Name of the copy <input value={name} onInput={(e) => setName(e.currentTarget.value)} required />
        </label>
      ) : (
        <>
          <label>
            OBS object (bucket:file) <input value={bucketUrl} onInput={(e) => setBucketUrl(e.currentTarget.value)} required />
          </label>
          <label>
            Format{' '}
            <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFileFormat)}>
              {FORMATS.map((f) => (
                <option value={f}>{f}</option>
              ))}
            </select>
          </label>
        </>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Starting…' : kind === 'copy' ? 'Start copy' : 'Start export'}
      </button>
      <button type="button" class="secondary" onClick={onDone}>
        Cancel
      </button>
      {error && (
        <p class="error" role="alert">
          Could not start the {kind}: {errorText(error)}
        </p>
      )}
    </form>
  );
}

/** A random UUID; crypto.randomUUID needs a secure context, which a dashboard on plain http off localhost is not. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
