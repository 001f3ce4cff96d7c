// One account per role for the demo and the end-to-end tests (`--demo-accounts`), all with the given password.
// Police unit ids are those of the camera gateway simulator (electron/simulator/camera-gateway-data.ts).
import type { Role } from '../../../shared/contract/roles.js';

/** The password of every demo account unless --demo-password says otherwise. */
export const DEMO_PASSWORD = 'demo-Đắk-Lắk-2025';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  agencyId?: string;
  unitId?: string;
  /** Linked to this subject of the single sign-on provider (the test provider's accounts). */
  ssoSubject?: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'quantri', displayName: 'Quản trị hệ thống', roles: ['administrator'] },
  { username: 'vanhanh', displayName: 'Nguyễn Thị Vận Hành', roles: ['ioc-operator'], unitId: 'ioc' },
  { username: 'giamsat', displayName: 'Trần Văn Giám Sát', roles: ['ioc-supervisor'], unitId: 'ioc' },
  { username: 'xuly.yte', displayName: 'Lê Thị Xử Lý (Sở Y tế)', roles: ['agency-handler'], agencyId: 'so-y-te' },
  { username: 'lanhdao.yte', displayName: 'Phạm Văn Lãnh Đạo (Sở Y tế)', roles: ['agency-leader'], agencyId: 'so-y-te' },
  { username: 'lanhdao.tinh', displayName: 'Hoàng Văn Tỉnh', roles: ['provincial-leader'] },
  { username: 'congan.tinh', displayName: 'Công an tỉnh — Phòng Tham mưu', roles: ['police-camera-unit'], unitId: 'ca-tinh' },
  { username: 'congan.pc08', displayName: 'Phòng Cảnh sát giao thông', roles: ['police-camera-unit'], unitId: 'pc08' },
  { username: 'congan.doi1', displayName: 'Đội CSGT số 1', roles: ['police-camera-unit'], unitId: 'pc08-d1' },
  { username: 'nguyen.van.a', displayName: 'Nguyễn Văn A (SSO)', roles: ['ioc-operator'], unitId: 'ioc', ssoSubject: 'nguyen.van.a' },
];

/** The demo account the end-to-end fixture signs in as, per role. */
export const DEMO_USER_FOR_ROLE: Record<Exclude<Role, 'wall-display'>, string> = {
  administrator: 'quantri',
  'ioc-operator': 'vanhanh',
  'ioc-supervisor': 'giamsat',
  'agency-handler': 'xuly.yte',
  'agency-leader': 'lanhdao.yte',
  'provincial-leader': 'lanhdao.tinh',
  'police-camera-unit': 'congan.pc08',
};
