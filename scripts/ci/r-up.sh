#!/usr/bin/env bash
# Make R with readr available for the table-types test (RTablesTest, which runs when
# NEGSIM_R=1): Debian's r-base-core (Rscript, read.csv) and r-cran-readr (readr::read_csv).
#
# Usage: scripts/ci/r-up.sh        (as root, or as a user with password-less sudo)
#
# Idempotent: does nothing when Rscript is on the PATH and loads readr; otherwise runs
# `apt-get update` (only if the packages are unknown to apt) and
# `apt-get install -y --no-install-recommends r-base-core r-cran-readr`. Prints R's version.
# Exit code 0 when Rscript loads readr afterwards, non-zero otherwise.
set -euo pipefail

log() { printf 'r-up: %s\n' "$*"; }

has_readr() { command -v Rscript >/dev/null 2>&1 && Rscript -e 'suppressMessages(library(readr))' >/dev/null 2>&1; }

if has_readr; then
  log "already installed: $(Rscript --version 2>&1 | head -1)"
  exit 0
fi

as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { log "not root and no sudo: cannot install R"; exit 1; }
  as_root=(sudo -n)
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-cache show r-base-core r-cran-readr >/dev/null 2>&1; then
  log "apt-get update"
  "${as_root[@]}" apt-get update -q
fi
log "apt-get install -y --no-install-recommends r-base-core r-cran-readr"
"${as_root[@]}" apt-get install -y -q --no-install-recommends r-base-core r-cran-readr

has_readr || { log "Rscript cannot load readr"; exit 1; }
log "installed: $(Rscript --version 2>&1 | head -1)"
