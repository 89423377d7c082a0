/** Helpers for the limits tests: multipart uploads that stall, and raw GraphQL posts. */
import { request as httpRequest, type ClientRequest } from 'node:http';
import type { TestGateway } from '../helpers/gateway';

export const UPLOAD = `mutation Upload($id: ID!, $file: Upload!) {
  uploadImageFile(imageId: $id, file: $file) { __typename ... on ImagePayload { image { status } } ... on Error { message } }
}`;

export async function newImage(t: TestGateway, user: 'alice' | 'bob' | 'carol', name: string): Promise<string> {
  const r = await t.gql(
    `mutation($name: String!) { createImageMetadata(input: { name: $name, diskFormat: RAW }) { ... on ImagePayload { image { imageId } } ... on Error { message } } }`,
    { name },
    { user },
  );
  const id = r.data?.createImageMetadata?.image?.imageId;
  if (!id) throw new Error(`createImageMetadata: ${JSON.stringify(r)}`);
  return id;
}

export interface StalledUpload {
  req: ClientRequest;
  /** The gateway's answer, if it gives one (status and body text). */
  answer: Promise<{ status: number; text: string } | { error: unknown }>;
}

/** An upload whose client sends the operation and `bytes` of the file, then stops sending (never ends). */
export function stalledUpload(url: string, token: string, imageId: string, bytes = 64 * 1024): StalledUpload {
  const boundary = `----stall-${Math.random().toString(16).slice(2)}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: UPLOAD, variables: { id: imageId, file: null } })}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ['variables.file'] })}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="disk.raw"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const req = httpRequest(url, {
    method: 'POST',
    agent: false,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-auth-token': token, 'content-length': String(head.length + 1024 ** 3) },
  });
  const answer = new Promise<{ status: number; text: string } | { error: unknown }>((resolve) => {
    req.once('response', async (res) => {
      let text = '';
      for await (const c of res) text += c;
      resolve({ status: res.statusCode!, text });
    });
    req.once('error', (error) => resolve({ error }));
  });
  req.write(head);
  req.write(Buffer.alloc(bytes, 7));
  return { req, answer };
}
