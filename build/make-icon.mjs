// Draws build/icon.png (512×512): a white press-release page with a blue title bar and the
// □/ㅇ rhythm as grey lines, on a rounded blue square. Plain zlib PNG, no image libraries.
// Also the .bodo document icon (256×256): the same page alone, with a folded corner, as
// build/bodo.png, build/bodo.ico (Windows) and build/bodo.icns (macOS), the names
// electron-builder looks for by the association's extension. Both containers hold the PNG as is.
// Run `node build/make-icon.mjs` after changing the drawing; the files are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

let SIZE = 512;
let pixels = Buffer.alloc(SIZE * SIZE * 4);
const BLUE = [0x1f, 0x4e, 0x9c, 255];
const WHITE = [255, 255, 255, 255];
const GREY = [0x9a, 0xa4, 0xb5, 255];

function fill(x0, y0, x1, y1, color, radius = 0) {
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + radius - x, 0, x - (x1 - 1 - radius));
      const dy = Math.max(y0 + radius - y, 0, y - (y1 - 1 - radius));
      if (dx * dx + dy * dy > radius * radius) continue;
      pixels.set(color, (y * SIZE + x) * 4);
    }
  }
}

fill(16, 16, 496, 496, BLUE, 96);
fill(112, 72, 400, 440, WHITE, 16);
fill(144, 112, 368, 152, BLUE, 6);
const lines = [
  [144, 196, 368],
  [168, 236, 352],
  [168, 276, 320],
  [144, 332, 368],
  [168, 372, 336],
];
for (const [x0, y, x1] of lines) fill(x0, y, x1, y + 16, GREY, 8);

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function encodePng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const write = (name, bytes) => writeFileSync(new URL(`./${name}`, import.meta.url), bytes);
write('icon.png', encodePng());

// The document icon: a page with its top-right corner folded over.
SIZE = 256;
pixels = Buffer.alloc(SIZE * SIZE * 4);
const FOLD = [0xc9, 0xd3, 0xe6, 255];
const EDGE = [0x1f, 0x4e, 0x9c, 255];
fill(40, 8, 216, 248, EDGE, 10);
fill(46, 14, 210, 242, WHITE, 6);
for (let y = 8; y < 64; y++) for (let x = 216 - (64 - y); x < 216; x++) pixels.set([0, 0, 0, 0], (y * SIZE + x) * 4);
for (let y = 8; y < 64; y++) for (let x = 160; x < 160 + (y - 8); x++) pixels.set(FOLD, (y * SIZE + x) * 4);
fill(66, 40, 150, 60, BLUE, 4);
for (const [x0, y, x1] of [[66, 92, 190], [80, 120, 180], [80, 148, 160], [66, 182, 190], [80, 210, 170]]) fill(x0, y, x1, y + 10, GREY, 5);
const documentPng = encodePng();
write('bodo.png', documentPng);

// ICO: one directory entry (0 means 256 px) pointing at the PNG.
const ico = Buffer.alloc(22);
ico.writeUInt16LE(0, 0);
ico.writeUInt16LE(1, 2); // icon
ico.writeUInt16LE(1, 4); // one image
ico.set([0, 0, 0, 0], 6); // 256 × 256, no palette
ico.writeUInt16LE(1, 10); // colour planes
ico.writeUInt16LE(32, 12); // bits per pixel
ico.writeUInt32LE(documentPng.length, 14);
ico.writeUInt32LE(22, 18);
write('bodo.ico', Buffer.concat([ico, documentPng]));

// ICNS: 'ic08' is the 256×256 PNG slot.
const entry = Buffer.alloc(8);
entry.write('ic08', 0, 'ascii');
entry.writeUInt32BE(8 + documentPng.length, 4);
const icns = Buffer.alloc(8);
icns.write('icns', 0, 'ascii');
icns.writeUInt32BE(16 + documentPng.length, 4);
write('bodo.icns', Buffer.concat([icns, entry, documentPng]));
