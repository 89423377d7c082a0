/** The list both list benchmarks ask for: a page of images with 20 fields. */
export const LIST_QUERY = `query Bench($n: Int!) { images(first: $n) { edges { node {
  id imageId name status visibility imageType osType osVersion platform osBits diskFormat containerFormat
  sizeBytes minDiskGb minRamMb createdAt updatedAt protected checksum tags { key value } } } } }`;
