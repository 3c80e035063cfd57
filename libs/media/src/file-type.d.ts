// file-type 22 is ESM-only and publishes its types through "exports", which the api's node10 module
// resolution does not read; this is the one function media sniffing uses (loaded through Node's require(esm)).
declare module 'file-type' {
  export interface FileTypeResult {
    ext: string;
    mime: string;
  }
  export function fileTypeFromBuffer(buffer: Uint8Array | ArrayBuffer): Promise<FileTypeResult | undefined>;
}
