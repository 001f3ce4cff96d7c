#!/usr/bin/env sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so that keytar talks to a
# real Secret Service. Used by `npm run test:unit`; on a desktop with a session bus, it runs the command as is.
set -e
if [ -n "${IOC_KEYRING_READY:-}" ]; then exec "$@"; fi
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  echo "with-keyring: dbus-run-session and gnome-keyring-daemon are needed (bash build/install-system-deps.sh)" >&2
  exit 1
fi
export IOC_KEYRING_READY=1
exec dbus-run-session -- sh -c 'echo -n ioc-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$0" "$@"' "$@"
