// A minimal H.264 (Baseline) encoder for test streams: every frame an IDR picture of I_PCM macroblocks, i.e.
// raw 4:2:0 samples in a valid bitstream. Large, but real H.264 that any decoder plays, with no codec library.
import type { Frame } from './test-pattern.js';

class BitWriter {
  readonly bytes: number[] = [];
  private current = 0;
  private count = 0;

  bit(b: number): void {
    this.current = (this.current << 1) | (b & 1);
    this.count += 1;
    if (this.count === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.count = 0;
    }
  }

  bits(value: number, n: number): void {
    for (let i = n - 1; i >= 0; i -= 1) this.bit((value >>> i) & 1);
  }

  /** Exp-Golomb, unsigned. */
  ue(value: number): void {
    const x = value + 1;
    const len = 31 - Math.clz32(x);
    this.bits(0, len);
    this.bits(x, len + 1);
  }

  se(value: number): void {
    this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }

  alignZero(): void {
    while (this.count !== 0) this.bit(0);
  }

  trailing(): void {
    this.bit(1);
    this.alignZero();
  }

  raw(data: Uint8Array): void {
    for (const byte of data) this.bytes.push(byte);
  }
}

/** Inserts emulation-prevention bytes (00 00 0x → 00 00 03 0x for x ≤ 3). */
function escape(rbsp: number[]): number[] {
  const out: number[] = [];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return out;
}

const START = [0, 0, 0, 1];
const nal = (header: number, rbsp: number[]) => [...START, header, ...escape(rbsp)];

function sps(width: number, height: number): number[] {
  const w = new BitWriter();
  w.bits(66, 8); // Baseline
  w.bits(0xc0, 8); // constraint_set0 + set1: Constrained Baseline
  w.bits(30, 8); // level 3.0
  w.ue(0); // seq_parameter_set_id
  w.ue(0); // log2_max_frame_num_minus4
  w.ue(2); // pic_order_cnt_type 2: output order = decoding order
  w.ue(1); // max_num_ref_frames
  w.bit(0); // gaps_in_frame_num_value_allowed_flag
  w.ue(width / 16 - 1);
  w.ue(height / 16 - 1);
  w.bit(1); // frame_mbs_only_flag
  w.bit(1); // direct_8x8_inference_flag
  w.bit(0); // frame_cropping_flag
  w.bit(0); // vui_parameters_present_flag
  w.trailing();
  return nal(0x67, w.bytes);
}

function pps(): number[] {
  const w = new BitWriter();
  w.ue(0); // pic_parameter_set_id
  w.ue(0); // seq_parameter_set_id
  w.bit(0); // CAVLC
  w.bit(0); // bottom_field_pic_order_in_frame_present_flag
  w.ue(0); // num_slice_groups_minus1
  w.ue(0); // num_ref_idx_l0_default_active_minus1
  w.ue(0); // num_ref_idx_l1_default_active_minus1
  w.bit(0); // weighted_pred_flag
  w.bits(0, 2); // weighted_bipred_idc
  w.se(0); // pic_init_qp_minus26
  w.se(0); // pic_init_qs_minus26
  w.se(0); // chroma_qp_index_offset
  w.bit(0); // deblocking_filter_control_present_flag
  w.bit(0); // constrained_intra_pred_flag
  w.bit(0); // redundant_pic_cnt_present_flag
  w.trailing();
  return nal(0x68, w.bytes);
}

const clamp = (v: number) => Math.max(1, Math.min(254, Math.round(v)));

function idrSlice(frame: Frame, idrPicId: number): number[] {
  const { width, height, rgba } = frame;
  const w = new BitWriter();
  w.ue(0); // first_mb_in_slice
  w.ue(7); // slice_type: I (all slices)
  w.ue(0); // pic_parameter_set_id
  w.bits(0, 4); // frame_num
  w.ue(idrPicId);
  w.bit(0); // no_output_of_prior_pics_flag
  w.bit(0); // long_term_reference_flag
  w.se(0); // slice_qp_delta
  const luma = new Uint8Array(256);
  const cb = new Uint8Array(64);
  const cr = new Uint8Array(64);
  const px = (x: number, y: number) => (y * width + x) * 4;
  for (let my = 0; my < height / 16; my += 1) {
    for (let mx = 0; mx < width / 16; mx += 1) {
      w.ue(25); // mb_type I_PCM
      w.alignZero();
      for (let y = 0; y < 16; y += 1) {
        for (let x = 0; x < 16; x += 1) {
          const o = px(mx * 16 + x, my * 16 + y);
          luma[y * 16 + x] = clamp(16 + 0.257 * rgba[o]! + 0.504 * rgba[o + 1]! + 0.098 * rgba[o + 2]!);
        }
      }
      for (let y = 0; y < 8; y += 1) {
        for (let x = 0; x < 8; x += 1) {
          const o = px(mx * 16 + x * 2, my * 16 + y * 2);
          const [r, g, b] = [rgba[o]!, rgba[o + 1]!, rgba[o + 2]!];
          cb[y * 8 + x] = clamp(128 - 0.148 * r - 0.291 * g + 0.439 * b);
          cr[y * 8 + x] = clamp(128 + 0.439 * r - 0.368 * g - 0.071 * b);
        }
      }
      w.raw(luma);
      w.raw(cb);
      w.raw(cr);
    }
  }
  w.trailing();
  return nal(0x65, w.bytes);
}

/** One access unit in Annex B form: delimiter, SPS, PPS, IDR slice. Width and height are multiples of 16. */
export function encodeIdrFrame(frame: Frame, index: number): Buffer {
  if (frame.width % 16 || frame.height % 16) throw new Error('frame sizes must be multiples of 16');
  const aud = [...START, 0x09, 0x10];
  return Buffer.from([...aud, ...sps(frame.width, frame.height), ...pps(), ...idrSlice(frame, index % 2)]);
}
