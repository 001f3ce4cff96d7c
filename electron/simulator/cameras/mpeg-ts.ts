// MPEG-2 transport stream muxing of H.264 access units (one program, one video stream): what an HLS segment is.
const PACKET = 188;
const PMT_PID = 0x1000;
const VIDEO_PID = 0x100;
const CLOCK = 90_000;

function crc32Mpeg(bytes: number[]): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte << 24;
    for (let i = 0; i < 8; i += 1) crc = crc & 0x80000000 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
  }
  return crc >>> 0;
}

function section(body: number[]): number[] {
  const crc = crc32Mpeg(body);
  return [...body, (crc >>> 24) & 0xff, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff];
}

function psiPacket(pid: number, table: number[], cc: number): Buffer {
  const packet = Buffer.alloc(PACKET, 0xff);
  packet.set([0x47, 0x40 | (pid >> 8), pid & 0xff, 0x10 | (cc & 0x0f), 0x00, ...table], 0);
  return packet;
}

function pat(cc: number): Buffer {
  const body = [0x00, 0xb0, 13, 0x00, 0x01, 0xc1, 0x00, 0x00, 0x00, 0x01, 0xe0 | (PMT_PID >> 8), PMT_PID & 0xff];
  return psiPacket(0, section(body), cc);
}

function pmt(cc: number): Buffer {
  const body = [0x02, 0xb0, 18, 0x00, 0x01, 0xc1, 0x00, 0x00, 0xe0 | (VIDEO_PID >> 8), VIDEO_PID & 0xff, 0xf0, 0x00, 0x1b, 0xe0 | (VIDEO_PID >> 8), VIDEO_PID & 0xff, 0xf0, 0x00];
  return psiPacket(PMT_PID, section(body), cc);
}

function ptsBytes(pts: number): number[] {
  const v = pts % 2 ** 33;
  return [0x21 | ((Math.floor(v / 2 ** 30) & 0x07) << 1), Math.floor(v / 2 ** 22) & 0xff, ((Math.floor(v / 2 ** 15) & 0x7f) << 1) | 1, Math.floor(v / 2 ** 7) & 0xff, ((v & 0x7f) << 1) | 1];
}

function pcrBytes(pcr: number): number[] {
  const base = pcr % 2 ** 33;
  return [Math.floor(base / 2 ** 25) & 0xff, Math.floor(base / 2 ** 17) & 0xff, Math.floor(base / 2 ** 9) & 0xff, Math.floor(base / 2) & 0xff, ((base & 1) << 7) | 0x7e, 0x00];
}

/** Splits one PES packet (a frame) into TS packets; the first carries the PCR and the random-access flag. */
function pesPackets(frame: Buffer, pts: number, cc: { video: number }): Buffer[] {
  const pes = Buffer.concat([Buffer.from([0, 0, 1, 0xe0, 0, 0, 0x84, 0x80, 5, ...ptsBytes(pts)]), frame]);
  const packets: Buffer[] = [];
  for (let offset = 0, first = true; offset < pes.length; first = false) {
    // The adaptation field's content (after its length byte), or null for none.
    let field: number[] | null = first ? [0x50, ...pcrBytes(Math.max(0, pts - 3000))] : null;
    const capacity = PACKET - 4 - (field ? field.length + 1 : 0);
    const take = Math.min(pes.length - offset, capacity);
    const stuffing = capacity - take;
    if (stuffing > 0) {
      // The last packet of a frame is padded through the adaptation field.
      if (field) field = [...field, ...new Array<number>(stuffing).fill(0xff)];
      else field = stuffing === 1 ? [] : [0x00, ...new Array<number>(stuffing - 2).fill(0xff)];
    }
    const packet = Buffer.alloc(PACKET, 0xff);
    packet.set([0x47, (first ? 0x40 : 0) | (VIDEO_PID >> 8), VIDEO_PID & 0xff, (field ? 0x30 : 0x10) | (cc.video & 0x0f)], 0);
    cc.video += 1;
    let at = 4;
    if (field) {
      packet[at] = field.length;
      packet.set(field, at + 1);
      at += field.length + 1;
    }
    pes.copy(packet, at, offset, offset + take);
    offset += take;
    packets.push(packet);
  }
  return packets;
}

/** A transport stream of the frames, the first at `startSeconds`, `fps` frames per second. */
export function muxSegment(frames: readonly Buffer[], startSeconds: number, fps: number): Buffer {
  const cc = { video: 0 };
  const packets: Buffer[] = [pat(0), pmt(0)];
  frames.forEach((frame, i) => packets.push(...pesPackets(frame, Math.round((startSeconds + i / fps) * CLOCK), cc)));
  return Buffer.concat(packets);
}
