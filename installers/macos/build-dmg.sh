#!/usr/bin/env bash
# The macOS app and disk image: "Leerwinkel Desk.app" in dist/LeerwinkelDesk-<version>.dmg.
#   bash installers/macos/build-dmg.sh            (on a Mac, from the repository root)
# Signing and notarisation happen when these are set (CI secrets); without them the app is
# signed ad hoc, which runs on the Mac that built it and in CI, not after a download elsewhere:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: <organisation> (<team id>)" in the keychain
#   MACOS_NOTARY_PROFILE  a profile stored with: xcrun notarytool store-credentials <profile>
#                         --apple-id <id> --team-id <team id> --password <app-specific password>
set -euo pipefail
cd "$(dirname "$0")/../.."
PYTHON=${PYTHON:-python3}
VERSION=$("$PYTHON" -c 'import runpy; print(runpy.run_path("src/leerwinkel_desk/__init__.py")["__version__"])')
APP="build/installer/dist/Leerwinkel Desk.app"
DMG="dist/LeerwinkelDesk-$VERSION.dmg"
IDENTITY=${MACOS_SIGN_IDENTITY:--}

"$PYTHON" installers/build.py bundle          # PyInstaller: the one folder, then BUNDLE makes the .app

# Sign from the inside out (never --deep): every Mach-O file, then the app with its entitlements.
sign() { codesign --force --timestamp --options runtime --entitlements installers/macos/entitlements.plist \
                  --sign "$IDENTITY" "$@"; }
if [ "$IDENTITY" = "-" ]; then
  sign() { codesign --force --sign - "$@"; }
fi
find "$APP/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
  while IFS= read -r -d '' file; do
    if file "$file" | grep -q 'Mach-O'; then sign "$file"; fi
  done
sign "$APP"
codesign --verify --strict --verbose=2 "$APP"

# The disk image: the app and a link to /Applications to drag it onto.
STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
mkdir -p dist
rm -f "$DMG"
hdiutil create -volname "Leerwinkel Desk" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"

if [ "$IDENTITY" != "-" ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose "$DMG"
  fi
fi
echo "$DMG"
