// The platform's user-data folder, the same one Electron's app.getPath('userData') gives this app,
// so the web host and the desktop app share one cache by default.
import { join } from 'node:path';

export const APP_FOLDER = 'IOC Đắk Lắk';

export function defaultDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER);
}
