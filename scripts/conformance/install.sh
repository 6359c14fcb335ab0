#!/usr/bin/env bash
# Installs the real clients `make conformance` checks forankra's output with, skipping what is
# already there: Debian packages (apt-get, as root) and a Python venv with icalendar and vobject.
# Usage: install.sh VENV_DIR
set -euo pipefail

venv=${1:?usage: install.sh VENV_DIR}
debian_packages=(pandoc tidy chromium poppler-utils python3-venv)
python_packages=(icalendar vobject)

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

missing=()
for package in "${debian_packages[@]}"; do
    installed "$package" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install: Debian packages already installed: ${debian_packages[*]}"
else
    echo "install: apt-get install ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import icalendar, vobject' 2>/dev/null; then
    echo "install: venv $venv already has ${python_packages[*]}"
else
    echo "install: venv $venv with ${python_packages[*]}"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q "${python_packages[@]}"
fi

echo "install: $(pandoc --version | head -1); $(tidy --version); $(chromium --version 2>/dev/null);" \
     "$(pdfinfo -v 2>&1 | head -1);" \
     "$("$venv/bin/python" -c 'import icalendar, vobject; print("icalendar", icalendar.__version__, "vobject", getattr(vobject, "VERSION", "?"))')"
