// OLE compound files: a legacy .doc, or a password-protected .docx (Office wraps the encrypted
// package in an OLE file with an "EncryptedPackage" stream).

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory entry names are UTF-16LE; this stream exists only in encrypted OOXML files. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function isOle(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && OLE_MAGIC.every((b, i) => bytes[i] === b);
}

export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return isOle(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}
