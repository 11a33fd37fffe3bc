#!/bin/sh
# Installs, from Debian's packages, the programs the test suite drives for real:
# Chromium (the HTML view's browser tests), serdi / rapper (independent RDF parsers) and strace
# (the test that viz --png sends nothing off the machine).
# Does nothing when they are already there; needs root (or sudo) otherwise.
set -eu
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v serdi >/dev/null 2>&1 || missing="$missing serdi"
command -v rapper >/dev/null 2>&1 || missing="$missing raptor2-utils"
command -v strace >/dev/null 2>&1 || missing="$missing strace"
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing from Debian:$missing" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
