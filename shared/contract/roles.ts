// The roles of the console (issue 8, regulation Art. 2.7 interfaces b–d, Art. 7.2 cameras). One account may hold
// several; scoped roles see only their agency's or police unit's share.
import { z } from 'zod';

export const ROLES = [
  'ioc-operator',
  'ioc-supervisor',
  'agency-handler',
  'agency-leader',
  'provincial-leader',
  'police-camera-unit',
  'wall-display',
  'administrator',
] as const;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles whose reach is limited to the account's agency (catalog agency key). */
export const AGENCY_SCOPED_ROLES: readonly Role[] = ['agency-handler', 'agency-leader'];
/** Roles whose reach is limited to the account's police unit and its grants. */
export const UNIT_SCOPED_ROLES: readonly Role[] = ['police-camera-unit'];

/** The camera-grant unit that stands for the IOC itself (its operators and wall displays). */
export const IOC_UNIT = 'ioc';

/** Role names as the UI shows them. */
export const ROLE_NAMES: Record<Role, { vi: string; en: string }> = {
  'ioc-operator': { vi: 'Cán bộ trực IOC', en: 'IOC operator' },
  'ioc-supervisor': { vi: 'Giám sát viên IOC', en: 'IOC supervisor' },
  'agency-handler': { vi: 'Cán bộ xử lý của cơ quan', en: 'Agency handler' },
  'agency-leader': { vi: 'Lãnh đạo cơ quan', en: 'Agency leader' },
  'provincial-leader': { vi: 'Lãnh đạo tỉnh', en: 'Provincial leadership' },
  'police-camera-unit': { vi: 'Đơn vị công an (camera)', en: 'Police camera unit' },
  'wall-display': { vi: 'Màn hình tường', en: 'Wall display' },
  administrator: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};
