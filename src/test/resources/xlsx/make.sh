#!/usr/bin/env bash
# Regenerates the .xlsx test fixtures in this folder (checked in; CI does not run this).
# Needs python3 and LibreOffice: apt-get install -y libreoffice-calc-nogui
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
python3 make.py
ls -l *.xlsx *.xls
