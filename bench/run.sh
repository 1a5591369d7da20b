#!/usr/bin/env bash
# FollowBot against what users would otherwise pick (issue 9): Bolt for Slack, botbuilder for Teams, and the bare
# ASP.NET Core ceiling, in one run on this machine; then, for information, the signed floor (the ceiling's app doing
# FollowBot's Slack signature check and form parsing). Installs what it needs (wrk from Debian, the rivals from npm),
# builds everything in Release, runs bench/Channels and writes bench/results.md. About 5 minutes on 2 cores
# (4 min 33 s from a fresh clone on the 2-core development machine, wrk already installed, before the signed floor,
# which adds its start-up, warm-up and two runs: about 40 s more).
#   bench/run.sh --only followbot-slack,followbot-teams,bolt,botbuilder,ceiling,floor   measures only those targets
#   bench/run.sh [--duration 15] [--connections 64] [--rate 200] [--deals 1000] [--members 2000]
# Keep --members well above the rate: FollowBot answers `mine` on Teams with two activities and keeps each chat under
# Teams' 7 messages a second, so 50 members at 200/s measure that throttle, not FollowBot.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="$(mktemp -d /tmp/followbot-bench-build.XXXXXX)"
trap 'rm -rf "$out"' EXIT

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v wrk >/dev/null; then
  echo "== installing wrk (Debian)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
fi
for tool in node npm taskset; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool" >&2; exit 1; }
done

echo "== npm ci (Bolt, botbuilder)"
(cd "$here/Channels/node" && npm ci --no-audit --no-fund --loglevel=error)

echo "== dotnet publish -c Release (FollowBot as README 'Deploying' publishes it, the ceiling, the driver)"
dotnet publish "$root/src/FollowBot.Host" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/followbot" -v q -nologo
dotnet publish "$here/Ceiling" -c Release -o "$out/ceiling" -v q -nologo
dotnet publish "$here/Channels" -c Release -o "$out/driver" -v q -nologo

# Servers on the first half of the cores, wrk and the stubs on the rest (on 2 cores: one each).
cores="$(nproc)"
if [ "$cores" -ge 2 ]; then
  half=$((cores / 2))
  server_cpus="0-$((half - 1))"
  load_cpus="$half-$((cores - 1))"
  load_threads=$((cores - half))
  pin=(--server-cpus "$server_cpus" --load-cpus "$load_cpus" --load-threads "$load_threads")
  driver=(taskset -c "$load_cpus")
else
  pin=()
  driver=()
fi

echo "== measuring"
"${driver[@]}" dotnet "$out/driver/FollowBot.Bench.Channels.dll" \
  --followbot "$out/followbot/FollowBot.Host.dll" --ceiling "$out/ceiling/FollowBot.Bench.Ceiling.dll" \
  --node "$here/Channels/node" --script "$here/Channels/load.lua" --out "$here/results.md" --cores "$cores" \
  "${pin[@]}" "$@"
