/**
 * Clients call upstream through the endpoint table (issue #9): the id must name a row of the table, and the
 * path parameters object must fill exactly the `{name}`s of that row's template. Shown by compiling copies of
 * src/upstream/glance/client.ts and src/upstream/ims/client.ts with one call broken.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../helpers/typecheck';

const ROOT = new URL('../../', import.meta.url).pathname;

function compile(dir: string, source: string): string[] {
  return diagnosticsOf({ [`${ROOT}${dir}client.typecheck.tmp.ts`]: source });
}

/** One edit of the original, which must apply; the errors of compiling the result. */
function broken(dir: string, from: string, to: string): string {
  const original = readFileSync(`${ROOT}${dir}client.ts`, 'utf8');
  const edited = original.replace(from, to);
  expect(edited, `the original contains ${from}`).not.toBe(original);
  return compile(dir, edited).join('\n');
}

const GLANCE = 'src/upstream/glance/';
const IMS = 'src/upstream/ims/';

describe('calls through the endpoint table are typed', () => {
  it('the clients as they are compile', () => {
    expect(compile(GLANCE, readFileSync(`${ROOT}${GLANCE}client.ts`, 'utf8'))).toEqual([]);
    expect(compile(IMS, readFileSync(`${ROOT}${IMS}client.ts`, 'utf8'))).toEqual([]);
  }, 120_000);

  it('an unknown endpoint id fails to compile', () => {
    expect(broken(GLANCE, "this.call('glance-get-image',", "this.call('glance-get-imag',")).toMatch(/glance-get-imag/);
  }, 120_000);

  it("another api's endpoint fails to compile", () => {
    expect(broken(GLANCE, "this.call('glance-get-image',", "this.call('ims-update-image',")).toMatch(/ims-update-image/);
  }, 120_000);

  it('a misspelt path parameter fails to compile', () => {
    expect(broken(GLANCE, "this.call('glance-get-image', { image_id: imageId }", "this.call('glance-get-image', { imageId }")).toMatch(
      /'imageId' does not exist in type '\{ image_id: string; \}'/,
    );
  }, 120_000);

  it('a missing path parameter fails to compile', () => {
    expect(
      broken(GLANCE, "this.call('glance-get-member', { image_id: imageId, member_id: memberId }", "this.call('glance-get-member', { image_id: imageId }"),
    ).toMatch(/member_id/);
  }, 120_000);

  it('a parameter the template does not have fails to compile', () => {
    expect(broken(GLANCE, "this.call('glance-get-image-schema', {}", "this.call('glance-get-image-schema', { image_id: 'x' }")).toMatch(
      /'string' is not assignable to type 'never'/,
    );
  }, 120_000);

  it('IMS calls fill every parameter but {project_id}, which the client fills from its own project', () => {
    expect(broken(IMS, "this.call('ims-get-job', { job_id: jobId }", "this.call('ims-get-job', { id: jobId }")).toMatch(
      /'id' does not exist in type '\{ job_id: string; \}'/,
    );
    expect(broken(IMS, "this.call('ims-get-job', { job_id: jobId }", "this.call('ims-get-job', { job_id: jobId, project_id: 'p' }")).toMatch(
      /'project_id' does not exist in type '\{ job_id: string; \}'/,
    );
  }, 120_000);
});
