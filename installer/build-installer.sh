#!/usr/bin/env bash
# Builds the desktop installers with jpackage (run by `mvn -Pinstaller package`, not by verify):
#   target/installer/KAM Workbench/   an app-image with a trimmed Java runtime
#   target/installer/*.deb            on Linux, when fakeroot and dpkg-deb are present
set -euo pipefail
target=$1
version=${2%-SNAPSHOT}
here=$(cd "$(dirname "$0")" && pwd)
jpackage="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/jpackage"
out="$target/installer"
input="$target/installer-input"

rm -rf "$out" "$input"
mkdir -p "$out" "$input"
cp "$target/kam-workbench.jar" "$input/"

modules=java.base,java.desktop,java.management,java.naming,java.sql,java.scripting,jdk.charsets,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop,jdk.jfr,java.prefs,java.logging,java.xml
common=(--name "KAM Workbench" --app-version "$version" --vendor "KAM Workbench"
        --description "Key account management workbench"
        --input "$input" --main-jar kam-workbench.jar --main-class org.kamworkbench.app.Launcher
        --add-modules "$modules"
        --jlink-options "--strip-debug --no-man-pages --no-header-files"
        --java-options "-Dprism.lcdtext=false"
        --dest "$out")

echo "jpackage: app-image"
"$jpackage" --type app-image "${common[@]}"

if [ "$(uname -s)" = Linux ]; then
  if command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null; then
    echo "jpackage: .deb"
    "$jpackage" --type deb "${common[@]}" \
      --linux-package-name kam-workbench --linux-shortcut --linux-menu-group Office \
      --linux-package-deps "libgtk-3-0, fonts-dejavu-core" \
      --license-file "$here/../LICENSE"
  else
    echo "jpackage: skipping .deb (install fakeroot to build it)" >&2
  fi
fi
ls -la "$out"
